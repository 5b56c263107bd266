# Builds the kernel image (build/os.dsk), the kernel with debug
# information (build/kernel.o) and the tests, and runs the tests.
#
#   make              build everything
#   make check        run every test suite; ends with "N passed, N failed"
#   make grade        run the tests and print the weighted grade
#   make run          boot the kernel and run the demo
#   make shell        boot into examples/shell, typed at on this terminal
#   make run-smoke    boot and power off at once
#   make build/tests/threads/NAME.result   run one test
#   make recheck      forget old results, then check
#   make bench-cache  measure the buffer cache on file-system tests
#   make fuzz SEED=N CALLS=M   fuzz the system calls (tests/fuzz/Make.tests)
#   make bench        measure fork (copy-on-write against eager copy),
#                     paging under parallel thrashing, and the policies
#   SUITES="threads"  restricts check and grade to some suites
#   TIMEOUT=N         seconds before a test run is killed (default 60)
#   TESTS="boot alarm-single"  restricts check to the tests so named
#   make check RETRY=N           reruns a failed test up to N times; one
#                                that then passes is reported as flaky
#   make grade FORMAT=json       the grade and per-test times as JSON
#   make handout PROJECT=P OUT=DIR   writes the students' tree for
#                                project P (threads, userprog, vm, filesys)
#   CROSS=PREFIX-     uses PREFIX-gcc and PREFIX-ld
#   DEBUG=1           builds with -Og into build-debug/, for stepping in GDB
#   make gdb          starts GDB with our commands on the kernel
#   make check-debug-build   builds with DEBUG=1 and boots that kernel
#   KERNEL_TESTS=DIR  builds the kernel with the kernel tests of DIR, a
#                     Pintos-layout tests/threads directory (its tests.c,
#                     tests.h, NAME.c files and subfolders), in place of
#                     ours, into build-kt/<DIR's path with - for />/;
#                     then "run NAME" runs their test NAME
#
# Test suites live in tests/SUITE/.  Each has a Make.tests fragment that
# sets tests/SUITE_TESTS (test names) and may set, per test T:
#   tests/SUITE/T_KERNELARGS  kernel options before "run" (e.g. -mlfqs)
#   tests/SUITE/T_PINTOSOPTS  extra options for utils/pintos
#   tests/SUITE/T_TIMEOUT     seconds before the run is killed (default 60)
# and, for user-program suites, tests/SUITE_PROGS (programs to build) and
#   tests/SUITE/T_ARGS        arguments after the program name
#   tests/SUITE/T_PUTFILES    more files to copy onto the test's disk
# Kernel tests are the .c files in tests/kernel and tests/threads; the table
# that "run NAME" searches is generated from the Make.tests lists.  The
# suite teacher-sample is a directory in a teacher's layout, built with
# KERNEL_TESTS into a kernel of its own and run with it.

SHELL := /bin/bash
.DEFAULT_GOAL := all

# DEBUG=1 builds without the optimizations that make a debugger's steps
# jump around (-Og), into its own directory, so both builds can coexist,
# and turns on the kernel's costlier self-checks (DEBUG_CHECKS).
ifeq ($(DEBUG),1)
  OPT := -Og -DDEBUG_CHECKS=1
else
  OPT := -O2
endif

# The build directory of the kernel with the kernel tests of DIR.
kt-build-dir = build-kt/$(subst /,-,$(patsubst /%,%,$(abspath $(1))))

ifneq ($(KERNEL_TESTS),)
  KT_DIR := $(abspath $(KERNEL_TESTS))
  BUILD := $(call kt-build-dir,$(KERNEL_TESTS))
  ifeq ($(wildcard $(KT_DIR)/tests.c),)
    $(error KERNEL_TESTS=$(KERNEL_TESTS): no tests.c there)
  endif
else ifeq ($(DEBUG),1)
  BUILD := build-debug
else
  BUILD := build
endif

# ---- Toolchain ----
ifeq ($(origin CROSS),undefined)
  ifneq ($(shell command -v x86_64-elf-gcc 2>/dev/null),)
    CROSS := x86_64-elf-
  else ifeq ($(shell uname -sm),Linux x86_64)
    CROSS :=
  else
    $(error no x86-64 toolchain: install x86_64-elf-gcc or set CROSS=)
  endif
endif
CC := $(CROSS)gcc
LD := $(CROSS)ld
OBJCOPY := $(CROSS)objcopy

WARNINGS := -Wall -Wextra -Werror -Wstrict-prototypes -Wmissing-prototypes \
	-Wno-unused-parameter
CFLAGS := -std=gnu11 -ffreestanding -nostdinc -nostdlib -fno-pic -fno-pie \
	-mno-red-zone -mno-sse -mno-sse2 -mno-mmx -msoft-float -mcmodel=large \
	-fno-stack-protector -fno-omit-frame-pointer \
	-fno-asynchronous-unwind-tables $(OPT) -g $(WARNINGS)
CPPFLAGS := -I. -Iinclude -Iinclude/lib -Iinclude/lib/kernel -I$(BUILD) \
	-MMD -MP
ASFLAGS := -g

# Quiet by default; "make V=1" shows the commands.
ifeq ($(V),1)
  Q :=
else
  Q := @
endif

# ---- Kernel sources, by directory ----
KERNEL_SRC += threads/start.S        # Entry point: zero BSS, call main.
KERNEL_SRC += threads/init.c         # Start-up, command line, actions.
KERNEL_SRC += threads/gdt.c          # GDT and TSS.
KERNEL_SRC += threads/interrupt.c    # IDT, PICs, interrupt dispatch.
KERNEL_SRC += threads/intr-stubs.S   # Per-vector interrupt entry stubs.
KERNEL_SRC += threads/thread.c       # Threads and the scheduler.
KERNEL_SRC += threads/priority.c     # Priorities and donation.
KERNEL_SRC += threads/ready.c        # Ready queues by priority.
KERNEL_SRC += threads/mlfqs.c        # The 4.4BSD scheduler's formulas.
KERNEL_SRC += threads/switch.S       # Context switch.
KERNEL_SRC += threads/synch.c        # Semaphores, locks, condition variables.
KERNEL_SRC += threads/palloc.c       # Page allocator.
KERNEL_SRC += threads/malloc.c       # Kernel heap.
KERNEL_SRC += threads/mmu.c          # Page tables.
KERNEL_SRC += threads/kstack.c       # Kernel stacks with guard pages.

KERNEL_SRC += devices/timer.c        # 8254 timer, sleeping.
KERNEL_SRC += devices/serial.c       # COM1 console.
KERNEL_SRC += devices/vga.c          # VGA text screen.
KERNEL_SRC += devices/kbd.c          # PS/2 keyboard.
KERNEL_SRC += devices/input.c        # Keyboard input buffer.
KERNEL_SRC += devices/shutdown.c     # Power off.
KERNEL_SRC += devices/pci.c          # PCI configuration space.
KERNEL_SRC += devices/block.c        # Block devices, roles, counters.
KERNEL_SRC += devices/ide.c          # ATA disks: protocol, PIO, probing.
KERNEL_SRC += devices/ide-dma.c      # IDE bus-master DMA, PRD tables.

KERNEL_SRC += filesys/filesys.c      # Operations by path; the root volume.
KERNEL_SRC += filesys/cache.c        # Buffer cache: clock, write-behind, read-ahead.
KERNEL_SRC += filesys/volume.c       # Superblock, format, a mounted disk.
KERNEL_SRC += filesys/path.c         # Path walks: links, "..", mount points.
KERNEL_SRC += filesys/mount.c        # Mount points.
KERNEL_SRC += filesys/free-map.c     # Free-sector bitmap.
KERNEL_SRC += filesys/inode.c        # Open inodes, data I/O, removal.
KERNEL_SRC += filesys/inode-index.c  # Inode sector-pointer tree.
KERNEL_SRC += filesys/directory.c    # Directory entries.
KERNEL_SRC += filesys/file.c         # Open files: position, denial.
KERNEL_SRC += filesys/fsutil.c       # Actions ls, cat, rm, put, get.

USERPROG_SRC += userprog/process.c    # Process life cycle: run, fork, exec, wait, exit.
USERPROG_SRC += userprog/load.c       # ELF loader and the initial stack.
USERPROG_SRC += userprog/fdtable.c    # File descriptors and shared open files.
USERPROG_SRC += userprog/syscall.c    # System calls.
USERPROG_SRC += userprog/syscall-entry.S  # The syscall instruction's entry.
USERPROG_SRC += userprog/usercopy.S   # Fault-tolerant user memory copies.
USERPROG_SRC += userprog/usermem.c    # Checked access to user memory.
USERPROG_SRC += userprog/exception.c  # CPU exceptions, inspection interrupts.
USERPROG_SRC += userprog/diag.c       # Why a process was killed, on the debug console.
USERPROG_SRC += userprog/leak.c       # Power-off report of leaked open files.
USERPROG_SRC += vm/vm.c              # Pages, the supplemental page table, faults.
USERPROG_SRC += vm/uninit.c          # UNINIT pages: lazy initialization.
USERPROG_SRC += vm/anon.c            # ANON pages: zero-filled, swapped.
USERPROG_SRC += vm/file.c            # FILE pages and mmap.
USERPROG_SRC += vm/frame.c           # Frame table, busy frames, eviction.
USERPROG_SRC += vm/evict.c           # Replacement policies: clock, fifo, lru, random.
USERPROG_SRC += vm/swap.c            # Swap slots on the swap disk.
USERPROG_SRC += vm/trace.c           # VM events on the debug console (-vmtrace).
ifneq ($(filter filesys/filesys.c,$(KERNEL_SRC)),)
KERNEL_SRC += $(USERPROG_SRC)
endif

KERNEL_SRC += lib/stdio.c            # printf engine, snprintf.
KERNEL_SRC += lib/string.c           # String and memory functions.
KERNEL_SRC += lib/stdlib.c           # atoi, qsort, bsearch, strtol.
KERNEL_SRC += lib/random.c           # Seeded pseudo-random numbers.
KERNEL_SRC += lib/kernel/list.c      # Intrusive doubly linked lists.
KERNEL_SRC += lib/kernel/hash.c      # Hash tables.
KERNEL_SRC += lib/kernel/bitmap.c    # Bitmaps.
KERNEL_SRC += lib/kernel/console.c   # printf to serial and VGA.
KERNEL_SRC += lib/kernel/debug.c     # Panics and backtraces.
KERNEL_SRC += lib/kernel/debugcon.c  # The debug console, port 0xe9.

# ---- User programs ----
USER_CFLAGS := -std=gnu11 -ffreestanding -nostdinc -nostdlib -fno-pic -fno-pie \
	-mno-sse -mno-sse2 -mno-mmx -msoft-float -fno-stack-protector \
	-fno-omit-frame-pointer -fno-asynchronous-unwind-tables $(OPT) -g $(WARNINGS)
USER_CPPFLAGS := -I. -Iinclude -Iinclude/lib -Iinclude/lib/user -MMD -MP

USER_LIB_SRC += lib/user/entry.c     # _start: calls main, then exit.
USER_LIB_SRC += lib/user/syscall.c   # System call wrappers.
USER_LIB_SRC += lib/user/console.c   # printf and puts over write.
USER_LIB_SRC += lib/user/debug.c     # ASSERT failures in user programs.
USER_LIB_SRC += lib/stdio.c lib/string.c lib/stdlib.c lib/random.c
USER_LIB_OBJ := $(USER_LIB_SRC:%.c=$(BUILD)/user/%.o)
USER_LIB := $(BUILD)/user/libc.a
TEST_LIB_OBJ := $(BUILD)/user/tests/lib.o

EXAMPLES := $(basename $(notdir $(wildcard examples/*.c)))

# ---- Tests ----
# The kit suite tests the course kit (handouts, class grading); handouts
# leave it out.
KIT_SUITE := $(if $(wildcard tests/kit/Make.tests),kit)
SUITES ?= $(KIT_SUITE) kernel threads userprog vm cow filesys fsck fsdamage \
	tools teacher-sample fuzz exhaust
ALL_SUITES := kernel threads userprog vm cow filesys fsck fsdamage tools \
	teacher-sample fuzz exhaust $(KIT_SUITE)
KERNEL_SUITES := kernel threads
USER_SUITES := userprog vm cow filesys tools fuzz exhaust
HOST_SUITES := fsck
# Suites whose user programs run on disk images the host builds; their
# Make.tests holds the rules of their tests.
IMAGE_SUITES := fsdamage
KT_SUITES := teacher-sample
# A suite's list is tests/SUITE/Make.tests, plus Make.tests.more where a
# second list extends it (read after the first, so it may use +=).
$(foreach s,$(ALL_SUITES),$(eval include $(wildcard \
	tests/$(s)/Make.tests tests/$(s)/Make.tests.more)))

KERNEL_SRC += threads/kernel-test.c  # Which names "run" takes for kernel tests.
KERNEL_TEST_LIST := $(foreach s,$(KERNEL_SUITES),$(tests/$(s)_TESTS))
ifeq ($(KERNEL_TESTS),)
KERNEL_SRC += tests/threads/tests.c  # Kernel test runner.
KERNEL_SRC += $(sort $(foreach s,$(KERNEL_SUITES), \
	$(filter-out tests/threads/tests.c,$(wildcard tests/$(s)/*.c))))
GENERATED := $(BUILD)/tests/kernel-tests.inc $(BUILD)/tests/kernel-test-names.inc
else
# A teacher's kernel tests: every .c file under KT_DIR, compiled without
# -Werror and with KT_INCLUDE first on the include path, where
# tests/threads is a link to KT_DIR, so that their
# #include "tests/threads/tests.h" finds their header, not ours.
KT_SRC := $(sort $(shell cd $(KT_DIR) && find . -name '*.c' | sed 's|^\./||'))
KT_OBJ := $(addprefix $(BUILD)/kt/,$(KT_SRC:.c=.o))
KT_INCLUDE := $(BUILD)/kt-include
GENERATED := $(BUILD)/tests/kernel-test-names.inc
endif

KERNEL_OBJ := $(patsubst %.c,$(BUILD)/%.o,$(patsubst %.S,$(BUILD)/%.o,$(KERNEL_SRC))) \
	$(KT_OBJ)

# User test programs: each suite's _PROGS (tests and their helpers).
USER_PROGS := $(foreach s,$(USER_SUITES) $(IMAGE_SUITES), \
	$(addprefix tests/$(s)/,$(tests/$(s)_PROGS)))
USER_PROG_FILES := $(addprefix $(BUILD)/,$(USER_PROGS)) \
	$(addprefix $(BUILD)/examples/,$(EXAMPLES))

TIMEOUT ?= 60
TEST_NAMES := $(foreach s,$(SUITES),$(addprefix tests/$(s)/,$(tests/$(s)_TESTS)))
ifneq ($(TESTS),)
TEST_NAMES := $(foreach t,$(TEST_NAMES),$(if $(filter $(notdir $(t)),$(TESTS)),$(t)))
endif
RESULTS := $(addprefix $(BUILD)/,$(addsuffix .result,$(TEST_NAMES)))
KERNEL_TEST_NAMES := $(foreach s,$(KERNEL_SUITES),$(addprefix tests/$(s)/,$(tests/$(s)_TESTS)))
USER_TEST_NAMES := $(foreach s,$(USER_SUITES),$(addprefix tests/$(s)/,$(tests/$(s)_TESTS) $(tests/$(s)_PENDING)))
HOST_TEST_NAMES := $(foreach s,$(HOST_SUITES),$(addprefix tests/$(s)/,$(tests/$(s)_TESTS)))

.PHONY: all check grade recheck run run-smoke clean need-qemu FORCE
ifeq ($(KERNEL_TESTS),)
all: $(BUILD)/os.dsk $(BUILD)/kernel.o $(USER_PROG_FILES)
else
all: $(BUILD)/os.dsk $(BUILD)/kernel.o
endif

# ---- Compiling ----
$(BUILD)/%.o: %.c $(GENERATED)
	@mkdir -p $(@D)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(CFLAGS) $(CPPFLAGS) -c $< -o $@

# A teacher's test files (KERNEL_TESTS=DIR).
ifneq ($(KERNEL_TESTS),)
$(BUILD)/kt/%.o: $(KT_DIR)/%.c $(GENERATED) | $(KT_INCLUDE)/tests/threads
	@mkdir -p $(@D)
	@$(if $(Q),echo "  CC(kt)  $<")
	$(Q)$(CC) $(filter-out -Werror,$(CFLAGS)) -I$(KT_INCLUDE) $(CPPFLAGS) \
	  -c $< -o $@

$(KT_INCLUDE)/tests/threads:
	@mkdir -p $(@D)
	$(Q)ln -sfn $(KT_DIR) $@
endif

$(BUILD)/%.o: %.S
	@mkdir -p $(@D)
	@$(if $(Q),echo "  AS      $<")
	$(Q)$(CC) $(ASFLAGS) $(CPPFLAGS) -c $< -o $@

# User-program objects: the same library sources, built for user mode.
$(BUILD)/user/%.o: %.c
	@mkdir -p $(@D)
	@$(if $(Q),echo "  CC(u)   $<")
	$(Q)$(CC) $(USER_CFLAGS) $(USER_CPPFLAGS) -c $< -o $@

$(USER_LIB): $(USER_LIB_OBJ)
	$(Q)rm -f $@ && ar rcs $@ $^

# A user test program: its object, the test library, the C library.
$(BUILD)/tests/%: $(BUILD)/user/tests/%.o $(TEST_LIB_OBJ) $(USER_LIB) lib/user/user.lds
	@mkdir -p $(@D)
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(LD) -T lib/user/user.lds -z noexecstack -o $@ $< $(TEST_LIB_OBJ) $(USER_LIB)

$(BUILD)/examples/%: $(BUILD)/user/examples/%.o $(USER_LIB) lib/user/user.lds
	@mkdir -p $(@D)
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(LD) -T lib/user/user.lds -z noexecstack -o $@ $< $(USER_LIB)

# The table of kernel tests, rewritten only when the list changes.
$(BUILD)/tests/kernel-tests.inc: $(foreach s,$(KERNEL_SUITES),tests/$(s)/Make.tests)
	@mkdir -p $(@D)
	@for t in $(KERNEL_TEST_LIST); do \
	  echo "KERNEL_TEST (\"$$t\", test_$$(echo $$t | tr -- '-' '_'))"; \
	done > $@.tmp
	@cmp -s $@.tmp $@ && rm $@.tmp || mv $@.tmp $@

# The names of the kernel tests, for threads/kernel-test.c: ours from
# the Make.tests lists, or a teacher's from the {"NAME", FUNCTION}
# entries of the table in their tests.c.
ifeq ($(KERNEL_TESTS),)
$(BUILD)/tests/kernel-test-names.inc: $(foreach s,$(KERNEL_SUITES),tests/$(s)/Make.tests)
	@mkdir -p $(@D)
	@for t in $(KERNEL_TEST_LIST); do \
	  echo "KERNEL_TEST_NAME (\"$$t\")"; \
	done > $@.tmp
	@cmp -s $@.tmp $@ && rm $@.tmp || mv $@.tmp $@
else
# Prints KERNEL_TEST_NAME ("NAME") for each {"NAME", FUNCTION} in a file.
KT_NAMES_PERL := print "KERNEL_TEST_NAME (\"$$1\")\n" \
	while /\{\s*"([^"\\]+)"\s*,\s*[A-Za-z_]\w*\s*\}/g
$(BUILD)/tests/kernel-test-names.inc: $(KT_DIR)/tests.c
	@mkdir -p $(@D)
	@perl -0777 -ne '$(KT_NAMES_PERL)' $< > $@.tmp
	@test -s $@.tmp || echo "warning: no {\"NAME\", FUNCTION} entries in" \
	  "$<; run their tests with -threads-tests"
	@cmp -s $@.tmp $@ && rm $@.tmp || mv $@.tmp $@
endif

# ---- Linking and the disk image ----
$(BUILD)/kernel.o: $(KERNEL_OBJ) threads/kernel.lds
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(LD) -T threads/kernel.lds -nostdlib -z max-page-size=0x1000 -z noexecstack \
	  -o $@ $(KERNEL_OBJ)

$(BUILD)/kernel.bin: $(BUILD)/kernel.o
	$(Q)$(OBJCOPY) -O binary $< $@

$(BUILD)/loader.bin: $(BUILD)/threads/loader.o
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(LD) -N -e start -Ttext 0x7c00 --no-warn-rwx-segments -o $(BUILD)/loader.elf $<
	$(Q)$(OBJCOPY) -O binary -j .text $(BUILD)/loader.elf $@
	@test $$(stat -c %s $@) -eq 2048 || { echo "loader is not 2048 bytes"; exit 1; }

# Loader (4 sectors), an empty command-line sector, the kernel padded to
# whole sectors; the kernel's sector count goes into the loader.
$(BUILD)/os.dsk: $(BUILD)/loader.bin $(BUILD)/kernel.bin
	@sectors=$$(( ($$(stat -c %s $(BUILD)/kernel.bin) + 511) / 512 )); \
	cp $(BUILD)/loader.bin $@.tmp && \
	perl -e 'print pack ("V", $$ARGV[0])' $$sectors | \
	  dd of=$@.tmp bs=1 seek=$$((0x1f8)) conv=notrunc status=none && \
	head -c 512 /dev/zero >> $@.tmp && \
	cat $(BUILD)/kernel.bin >> $@.tmp && \
	truncate -s $$(( (5 + sectors) * 512 )) $@.tmp && \
	mv $@.tmp $@
	@echo "$@: kernel of $$(( ($$(stat -c %s $(BUILD)/kernel.bin) + 511) / 512 )) sectors"

# ---- Running ----
need-qemu:
	@command -v qemu-system-x86_64 >/dev/null || utils/install-qemu

# The demo: a fresh file system with the example programs, then a few
# of them.
DEMO_PUT := $(foreach e,$(EXAMPLES),-p examples/$(e):$(e))
run: all need-qemu
	cd $(BUILD) && ../utils/pintos -m 20 --fs-disk=4 --swap-disk=4 \
	  $(DEMO_PUT) -- -q -f run 'echo Hello from user mode!' \
	  run 'matmult' run 'recursor 2000' run 'cp echo echo2' ls

run-smoke: all need-qemu
	cd $(BUILD) && ../utils/pintos -T 20 -- -q

# The shell, on a fresh file system holding the example programs; this
# terminal is its keyboard (through the serial port).  "exit" in the
# shell powers the machine off.
.PHONY: shell
shell: all need-qemu
	cd $(BUILD) && ../utils/pintos -m 64 --fs-disk=4 --swap-disk=4 \
	  $(DEMO_PUT) -- -q -f run shell

# Fork with copy-on-write against eager copying (-no-cow), for processes
# of 1, 4 and 16 MB (utils/bench-fork); paging with 1 to 8 processes
# thrashing, the replacement policies on four access patterns, and
# FIFO's anomaly (utils/bench-vm).
.PHONY: bench bench-fork bench-vm
bench: bench-fork bench-vm
bench-fork: $(BUILD)/os.dsk \
	  $(addprefix $(BUILD)/tests/cow/bench-fork-,1 4 16) need-qemu
	cd $(BUILD) && ../utils/bench-fork
bench-vm: $(BUILD)/os.dsk $(BUILD)/tests/vm/bench-thrash \
	  $(BUILD)/tests/vm/bench-policy need-qemu
	cd $(BUILD) && ../utils/bench-vm

# The buffer cache's effect on the heaviest file-system tests: disk
# sectors read and written, ticks and seconds, with the cache on and off
# (see utils/bench-cache; NOCACHE_OPTION names the kernel option).
.PHONY: bench-cache
bench-cache: $(BUILD)/os.dsk $(addprefix $(BUILD)/tests/filesys/,grow-big \
	  dir-wide dir-rm-tree grow-procs syn-rw cache-byte child-fs) need-qemu
	cd $(BUILD) && ../utils/bench-cache

# ---- Testing ----
ifeq ($(KERNEL_TESTS),)
define kernel-test-rule
$(BUILD)/$(1).result: $(BUILD)/os.dsk $(1).ck
	@cd $(BUILD) && ../utils/run-test $(1) -v -k \
	  -T $$(or $$($(1)_TIMEOUT),$(TIMEOUT)) $$($(1)_PINTOSOPTS) \
	  -- -q $$($(1)_KERNELARGS) run $(notdir $(1))
endef
$(foreach t,$(KERNEL_TEST_NAMES),$(eval $(call kernel-test-rule,$(t))))

# A user test T runs on a fresh 10 MB file system holding T and the
# programs in T_PUTFILES, with 20 MB of RAM (as graders run it):
#   T_ARGS        arguments after the program name
#   T_PUTFILES    more programs or files to copy in (paths under build/)
#   T_DEPS        more files the result depends on (source paths), such
#                 as a tool its checker runs
# What the files named in a _PUTFILES list are built from: paths under
# build/ are built files; "../X" is the source file X.
putfile-deps = $(patsubst $(BUILD)/../%,%,$(addprefix $(BUILD)/,$(1)))

#   T_FSDISK      size of the file-system disk in MB (default 10)
#   T_MNTS        sizes in MB of fresh extra disks for mount (--mnts),
#                 kept afterwards as build/T.mnt1.dsk, build/T.mnt2.dsk...
#   T_FIRST       makes T a two-boot test, see below
define user-test-rule
$(BUILD)/$(1).result: $(BUILD)/os.dsk $(BUILD)/$(1) $(1).ck \
	  $$(call putfile-deps,$$($(1)_PUTFILES)) $$($(1)_DEPS)
	@cd $(BUILD) && $$(call make-mnt-disks,$(1)) ../utils/run-test $(1) -v -k \
	  -T $$(or $$($(1)_TIMEOUT),$(TIMEOUT)) -m 20 \
	  --fs-disk=$$(or $$($(1)_FSDISK),10) $$(call mnt-options,$(1)) \
	  -p $(1):$(notdir $(1)) \
	  $$(foreach f,$$($(1)_PUTFILES),-p $$(f):$$(notdir $$(f))) \
	  $$($(1)_PINTOSOPTS) \
	  -- -q -f $$($(1)_KERNELARGS) run '$(notdir $(1))$$(if $$($(1)_ARGS), $$($(1)_ARGS))'
endef

# The swap-heavy tests run again under each replacement policy but the
# default (clock), from build/evict-POLICY/, when SUITES has vm:
#   make check EVICT_TESTS=all   runs the whole vm and cow suites so.
EVICT_POLICIES := fifo lru random
EVICT_TESTS ?= $(addprefix tests/vm/,page-linear page-parallel page-shuffle \
	page-merge-seq page-merge-par page-merge-mm swap-anon swap-file \
	swap-fork swap-iter swap-leak swap-race swap-full) \
	$(addprefix tests/cow/,cow-swapped cow-frames)
ifeq ($(EVICT_TESTS),all)
  override EVICT_TESTS := $(addprefix tests/vm/,$(tests/vm_TESTS)) \
	$(addprefix tests/cow/,$(tests/cow_TESTS))
endif
EVICT_NAMES := $(if $(filter vm,$(SUITES)),$(foreach p,$(EVICT_POLICIES), \
	$(addprefix evict-$(p)/,$(EVICT_TESTS))))
EVICT_RESULTS := $(addprefix $(BUILD)/,$(addsuffix .result,$(EVICT_NAMES)))

# Runs user test $(1) with -evict=$(2), like user-test-rule but from
# build/evict-$(2), so that its output and verdict have their own files.
define evict-test-rule
$(BUILD)/evict-$(2)/$(1).result: $(BUILD)/os.dsk $(BUILD)/$(1) $(1).ck \
	  $$(call putfile-deps,$$($(1)_PUTFILES))
	@mkdir -p $(BUILD)/evict-$(2) && cd $(BUILD)/evict-$(2) && \
	  ../../utils/run-test --src=../.. $(1) --kernel=../os.dsk -v -k \
	  -T $$(or $$($(1)_TIMEOUT),$(TIMEOUT)) -m 20 --fs-disk=10 \
	  -p ../$(1):$(notdir $(1)) \
	  $$(foreach f,$$($(1)_PUTFILES),-p ../$$(f):$$(notdir $$(f))) \
	  $$($(1)_PINTOSOPTS) \
	  -- -q -f -evict=$(2) $$($(1)_KERNELARGS) run '$(notdir $(1))$$(if $$($(1)_ARGS), $$($(1)_ARGS))'
endef
$(foreach p,$(EVICT_POLICIES),$(foreach t,$(EVICT_TESTS), \
	$(eval $(call evict-test-rule,$(t),$(p)))))

# The shell commands that create T's fresh --mnts disks, and the options
# that attach them.
mnt-disks = $(foreach i,$(shell seq 1 $(words $($(1)_MNTS))),$(1).mnt$(i).dsk)
make-mnt-disks = $(foreach i,$(shell seq 1 $(words $($(1)_MNTS))), \
	rm -f $(1).mnt$(i).dsk && \
	../utils/pintos-mkdisk $(1).mnt$(i).dsk $(word $(i),$($(1)_MNTS)) &&)
mnt-options = $(addprefix --mnts=,$(call mnt-disks,$(1)))

# A two-boot test T (T_FIRST = BASE, a user test of the same suite) runs
# on a disk kept as build/T.dsk.  The first boot formats it and runs
# BASE as BASE's own test does (its _ARGS, _PUTFILES, _PINTOSOPTS,
# _KERNELARGS, _FSDISK), with the archiver examples/tar put beside it;
# its console goes to T.boot1.output.  The second boot runs
# "tar fs.tar /" on the same disk and copies the archive out as
# build/T.tar; its console goes to T.output.  T.ck then reads both
# consoles and the archive, and runs utils/pintos-fsck on T.dsk.
define two-boot-test-rule
$(BUILD)/$(1).result: $(BUILD)/os.dsk $(BUILD)/$(2) $(BUILD)/examples/tar \
	  $(1).ck $$(call putfile-deps,$$($(2)_PUTFILES)) utils/pintos-fsck
	@cd $(BUILD) && rm -f $(1).dsk $(1).tar && \
	  ../utils/pintos-mkdisk $(1).dsk $$(or $$($(2)_FSDISK),10) && \
	  ../utils/run-test $(1) -v -k \
	  -T $$(or $$($(2)_TIMEOUT),$(TIMEOUT)) -m 20 --fs-disk=$(1).dsk \
	  -p $(2):$(notdir $(2)) -p examples/tar:tar \
	  $$(foreach f,$$($(2)_PUTFILES),-p $$(f):$$(notdir $$(f))) \
	  $$($(2)_PINTOSOPTS) \
	  -- -q -f $$($(2)_KERNELARGS) run '$(notdir $(2))$$(if $$($(2)_ARGS), $$($(2)_ARGS))' \
	  --then -v -k -T $$(or $$($(1)_TIMEOUT),$(TIMEOUT)) -m 20 \
	  --fs-disk=$(1).dsk -g fs.tar:$(1).tar -- -q run 'tar fs.tar /'
endef
$(foreach t,$(USER_TEST_NAMES),$(eval $(if $($(t)_FIRST), \
	$(call two-boot-test-rule,$(t),$(dir $(t))$($(t)_FIRST)), \
	$(call user-test-rule,$(t)))))

# Host tests boot nothing: tests/fsck/run-case builds a disk image on the
# host, damages it, and checks what utils/pintos-fsck says about it.
$(addprefix $(BUILD)/,$(HOST_TEST_NAMES:%=%.result)): $(BUILD)/tests/fsck/%.result: \
	  tests/fsck/run-case tests/fsck/fsimage.pm tests/fsck/damage.pm \
	  utils/pintos-fsck
	@mkdir -p $(@D)
	@if perl -I. tests/fsck/run-case $* $@; then echo "pass tests/fsck/$*"; \
	else echo "FAIL tests/fsck/$*"; sed -n '2,12s/^/    /p' $@; fi

# The suites in a teacher's layout (KT_SUITES): each is built by a make
# of its own with KERNEL_TESTS=tests/SUITE into its own build directory,
# rerun every time (it does nothing when nothing changed), and its tests
# run that kernel.
define kt-suite-rule
$(call kt-build-dir,tests/$(1))/os.dsk: FORCE
	@$$(MAKE) -s --no-print-directory KERNEL_TESTS=tests/$(1) $$@
endef
$(foreach s,$(KT_SUITES),$(eval $(call kt-suite-rule,$(s))))

define kt-test-rule
$(BUILD)/$(1).result: $(call kt-build-dir,$(2))/os.dsk $(1).ck
	@cd $(BUILD) && ../utils/run-test $(1) -v -k \
	  -T $$(or $$($(1)_TIMEOUT),$(TIMEOUT)) $$($(1)_PINTOSOPTS) \
	  --kernel=../$(call kt-build-dir,$(2))/os.dsk \
	  -- -q $$($(1)_KERNELARGS) run $(notdir $(1))
endef
$(foreach s,$(KT_SUITES),$(foreach t,$(tests/$(s)_TESTS), \
	$(eval $(call kt-test-rule,tests/$(s)/$(t),tests/$(s)))))
endif

ifeq ($(KERNEL_TESTS),)
$(RESULTS) $(EVICT_RESULTS): | need-qemu

# ---- Debugging ----
# "make gdb": GDB on the kernel with our commands (utils/pintos_gdb.py,
# utils/gdb-macros); start the kernel with "pintos --gdb" elsewhere and
# type "debugpintos".
.PHONY: gdb check-debug-build
gdb: $(BUILD)/kernel.o
	cd $(BUILD) && ../utils/pintos-gdb kernel.o

# The GDB commands, checked against halted kernels (utils/check-gdb);
# part of "make check" when the kernel suite is checked and GDB is
# installed.
HAVE_GDB := $(shell command -v gdb 2>/dev/null)
GDB_CHECK := tests/debug/gdb-helpers
$(BUILD)/$(GDB_CHECK).result: $(BUILD)/os.dsk $(BUILD)/kernel.o \
	  $(BUILD)/tests/cow/cow-swapped utils/check-gdb utils/pintos_gdb.py \
	  utils/gdb-macros utils/pintos-gdb | need-qemu
	@cd $(BUILD) && ../utils/check-gdb $(GDB_CHECK).result

# The debug build (DEBUG=1): builds warning-free, boots, and panics with
# a call stack that utils/backtrace resolves.
DEBUG_BUILD_TESTS := tests/kernel/boot tests/kernel/panic-fault \
	tests/userprog/diag-fault
check-debug-build:
	@$(MAKE) --no-print-directory DEBUG=1 all
	@rm -f $(DEBUG_BUILD_TESTS:%=build-debug/%.result)
	@$(MAKE) --no-print-directory DEBUG=1 \
	  $(DEBUG_BUILD_TESTS:%=build-debug/%.result)
	@cd build-debug && ../utils/summarize $(DEBUG_BUILD_TESTS:%=%.result)

ifneq ($(filter kernel,$(SUITES)),)
  ifneq ($(HAVE_GDB),)
    EXTRA_CHECKS := $(GDB_CHECK)
  endif
endif

# RETRY=N reruns each failed test up to N times (RETRY_ONLY=REGEX: only
# the tests whose path matches); see utils/summarize.
check: $(RESULTS) $(EVICT_RESULTS) $(EXTRA_CHECKS:%=$(BUILD)/%.result)
	@$(if $(filter kernel,$(SUITES)),$(if $(HAVE_GDB),,echo "skip $(GDB_CHECK): gdb is not installed (apt-get install gdb)";))
	@cd $(BUILD) && ../utils/summarize \
	  $(if $(RETRY),--retry=$(RETRY) $(if $(RETRY_ONLY),--retry-only='$(RETRY_ONLY)') \
	    --rerun='$(MAKE) --no-print-directory -C $(CURDIR) $(BUILD)/') \
	  $(TEST_NAMES:%=%.result) $(EVICT_NAMES:%=%.result) \
	  $(EXTRA_CHECKS:%=%.result)

# The kit's tests and the teacher-layout sample earn no grade.
grade: $(filter-out $(BUILD)/tests/kit/%,$(RESULTS))
	@cd $(BUILD) && ../utils/grade $(if $(FORMAT),--format=$(FORMAT)) \
	  $(filter-out kit $(KT_SUITES),$(SUITES))

recheck:
	rm -f $(RESULTS) $(EVICT_RESULTS)
	$(MAKE) check
else
check grade recheck:
	@echo "make $@ runs our suites; run a test of $(KERNEL_TESTS) with"; \
	echo "  cd $(BUILD) && ../../utils/pintos -v -k -T 60 -- -q run NAME"; \
	exit 2
endif

clean:
	rm -rf $(BUILD) build-debug build-kt

# ---- Host-side tests, and student handouts ----
# Host-side tests: a script tests/SUITE/NAME.pl that exits 0 to pass; it
# gets its scratch directory build/tests/SUITE/NAME.d.
define host-test-rule
$(BUILD)/$(1).result: $(1).pl $$($(1)_DEPS)
	@utils/run-host-test $(BUILD) $(1)
endef
$(foreach s,$(ALL_SUITES),$(foreach t,$(tests/$(s)_HOST_TESTS), \
	$(eval $(call host-test-rule,tests/$(s)/$(t)))))

.PHONY: handout
handout:
	@test -n "$(PROJECT)" -a -n "$(OUT)" || \
	  { echo "usage: make handout PROJECT=threads|userprog|vm|filesys OUT=DIR"; exit 2; }
	@test -x utils/make-handout || { echo "this tree has no handout generator"; exit 2; }
	utils/make-handout $(PROJECT) $(OUT)

# Keep intermediate objects, so a rebuild relinks only what changed.
.SECONDARY:

-include $(KERNEL_OBJ:.o=.d) $(BUILD)/threads/loader.d $(USER_LIB_OBJ:.o=.d) \
	$(USER_PROGS:%=$(BUILD)/user/%.d)
