# Builds the kernel image (build/os.dsk), the kernel with debug
# information (build/kernel.o) and the tests, and runs the tests.
#
#   make              build everything
#   make check        run every test suite; ends with "N passed, N failed"
#   make grade        run the tests and print the weighted grade
#   make run          boot the kernel and run the demo
#   make run-smoke    boot and power off at once
#   make build/tests/threads/NAME.result   run one test
#   make recheck      forget old results, then check
#   make bench        measure fork (copy-on-write against eager copy),
#                     paging under parallel thrashing, and the policies
#   SUITES="threads"  restricts check and grade to some suites
#   CROSS=PREFIX-     uses PREFIX-gcc and PREFIX-ld
#
# Test suites live in tests/SUITE/.  Each has a Make.tests fragment that
# sets tests/SUITE_TESTS (test names) and may set, per test T:
#   tests/SUITE/T_KERNELARGS  kernel options before "run" (e.g. -mlfqs)
#   tests/SUITE/T_PINTOSOPTS  extra options for utils/pintos
#   tests/SUITE/T_TIMEOUT     seconds before the run is killed (default 60)
# Kernel tests are the .c files in tests/kernel and tests/threads; the table
# that "run NAME" searches is generated from the Make.tests lists.

BUILD := build
SHELL := /bin/bash

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
	-fno-asynchronous-unwind-tables -O2 -g $(WARNINGS)
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

KERNEL_SRC += filesys/filesys.c      # Format, mount; create, open, remove.
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
USERPROG_SRC += vm/vm.c              # Pages, the supplemental page table, faults.
USERPROG_SRC += vm/uninit.c          # UNINIT pages: lazy initialization.
USERPROG_SRC += vm/anon.c            # ANON pages: zero-filled, swapped.
USERPROG_SRC += vm/file.c            # FILE pages and mmap.
USERPROG_SRC += vm/frame.c           # Frame table, busy frames, eviction.
USERPROG_SRC += vm/evict.c           # Replacement policies: clock, fifo, lru, random.
USERPROG_SRC += vm/swap.c            # Swap slots on the swap disk.
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

# ---- User programs ----
USER_CFLAGS := -std=gnu11 -ffreestanding -nostdinc -nostdlib -fno-pic -fno-pie \
	-mno-sse -mno-sse2 -mno-mmx -msoft-float -fno-stack-protector \
	-fno-omit-frame-pointer -fno-asynchronous-unwind-tables -O2 -g $(WARNINGS)
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
SUITES ?= kernel threads userprog vm cow
ALL_SUITES := kernel threads userprog vm cow
KERNEL_SUITES := kernel threads
USER_SUITES := userprog vm cow
$(foreach s,$(ALL_SUITES),$(eval include tests/$(s)/Make.tests))

KERNEL_TESTS := $(foreach s,$(KERNEL_SUITES),$(tests/$(s)_TESTS))
KERNEL_SRC += tests/threads/tests.c  # Kernel test runner.
KERNEL_SRC += $(sort $(foreach s,$(KERNEL_SUITES), \
	$(filter-out tests/threads/tests.c,$(wildcard tests/$(s)/*.c))))

KERNEL_OBJ := $(patsubst %.c,$(BUILD)/%.o,$(patsubst %.S,$(BUILD)/%.o,$(KERNEL_SRC)))

# User test programs: each suite's _PROGS (tests and their helpers).
USER_PROGS := $(foreach s,$(USER_SUITES),$(addprefix tests/$(s)/,$(tests/$(s)_PROGS)))
USER_PROG_FILES := $(addprefix $(BUILD)/,$(USER_PROGS)) \
	$(addprefix $(BUILD)/examples/,$(EXAMPLES))

TIMEOUT ?= 60
TEST_NAMES := $(foreach s,$(SUITES),$(addprefix tests/$(s)/,$(tests/$(s)_TESTS)))
RESULTS := $(addprefix $(BUILD)/,$(addsuffix .result,$(TEST_NAMES)))
KERNEL_TEST_NAMES := $(foreach s,$(KERNEL_SUITES),$(addprefix tests/$(s)/,$(tests/$(s)_TESTS)))
USER_TEST_NAMES := $(foreach s,$(USER_SUITES),$(addprefix tests/$(s)/,$(tests/$(s)_TESTS)))

.PHONY: all check grade recheck run run-smoke clean need-qemu
all: $(BUILD)/os.dsk $(BUILD)/kernel.o $(USER_PROG_FILES)

# ---- Compiling ----
$(BUILD)/%.o: %.c $(BUILD)/tests/kernel-tests.inc
	@mkdir -p $(@D)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(CFLAGS) $(CPPFLAGS) -c $< -o $@

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
	@for t in $(KERNEL_TESTS); do \
	  echo "KERNEL_TEST (\"$$t\", test_$$(echo $$t | tr -- '-' '_'))"; \
	done > $@.tmp
	@cmp -s $@.tmp $@ && rm $@.tmp || mv $@.tmp $@

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

# ---- Testing ----
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
# What the files named in a _PUTFILES list are built from: paths under
# build/ are built files; "../X" is the source file X.
putfile-deps = $(patsubst $(BUILD)/../%,%,$(addprefix $(BUILD)/,$(1)))

define user-test-rule
$(BUILD)/$(1).result: $(BUILD)/os.dsk $(BUILD)/$(1) $(1).ck \
	  $$(call putfile-deps,$$($(1)_PUTFILES))
	@cd $(BUILD) && ../utils/run-test $(1) -v -k \
	  -T $$(or $$($(1)_TIMEOUT),$(TIMEOUT)) -m 20 --fs-disk=10 \
	  -p $(1):$(notdir $(1)) \
	  $$(foreach f,$$($(1)_PUTFILES),-p $$(f):$$(notdir $$(f))) \
	  $$($(1)_PINTOSOPTS) \
	  -- -q -f $$($(1)_KERNELARGS) run '$(notdir $(1))$$(if $$($(1)_ARGS), $$($(1)_ARGS))'
endef
$(foreach t,$(USER_TEST_NAMES),$(eval $(call user-test-rule,$(t))))

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

$(RESULTS) $(EVICT_RESULTS): | need-qemu

check: $(RESULTS) $(EVICT_RESULTS)
	@cd $(BUILD) && ../utils/summarize $(TEST_NAMES:%=%.result) \
	  $(EVICT_NAMES:%=%.result)

grade: $(RESULTS)
	@cd $(BUILD) && ../utils/grade $(SUITES)

recheck:
	rm -f $(RESULTS) $(EVICT_RESULTS)
	$(MAKE) check

clean:
	rm -rf $(BUILD)

# Keep intermediate objects, so a rebuild relinks only what changed.
.SECONDARY:

-include $(KERNEL_OBJ:.o=.d) $(BUILD)/threads/loader.d $(USER_LIB_OBJ:.o=.d) \
	$(USER_PROGS:%=$(BUILD)/user/%.d)
