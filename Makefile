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
KERNEL_SRC += threads/switch.S       # Context switch.
KERNEL_SRC += threads/synch.c        # Semaphores, locks, condition variables.
KERNEL_SRC += threads/palloc.c       # Page allocator.
KERNEL_SRC += threads/malloc.c       # Kernel heap.
KERNEL_SRC += threads/mmu.c          # Page tables.

KERNEL_SRC += devices/timer.c        # 8254 timer, sleeping.
KERNEL_SRC += devices/serial.c       # COM1 console.
KERNEL_SRC += devices/vga.c          # VGA text screen.
KERNEL_SRC += devices/kbd.c          # PS/2 keyboard.
KERNEL_SRC += devices/input.c        # Keyboard input buffer.
KERNEL_SRC += devices/shutdown.c     # Power off.

KERNEL_SRC += lib/stdio.c            # printf engine, snprintf.
KERNEL_SRC += lib/string.c           # String and memory functions.
KERNEL_SRC += lib/stdlib.c           # atoi, qsort, bsearch, strtol.
KERNEL_SRC += lib/random.c           # Seeded pseudo-random numbers.
KERNEL_SRC += lib/kernel/list.c      # Intrusive doubly linked lists.
KERNEL_SRC += lib/kernel/hash.c      # Hash tables.
KERNEL_SRC += lib/kernel/bitmap.c    # Bitmaps.
KERNEL_SRC += lib/kernel/console.c   # printf to serial and VGA.
KERNEL_SRC += lib/kernel/debug.c     # Panics and backtraces.

# ---- Tests ----
SUITES ?= kernel threads
ALL_SUITES := kernel threads
KERNEL_SUITES := kernel threads
$(foreach s,$(ALL_SUITES),$(eval include tests/$(s)/Make.tests))

KERNEL_TESTS := $(foreach s,$(KERNEL_SUITES),$(tests/$(s)_TESTS))
KERNEL_SRC += tests/threads/tests.c  # Kernel test runner.
KERNEL_SRC += $(sort $(foreach s,$(KERNEL_SUITES), \
	$(filter-out tests/threads/tests.c,$(wildcard tests/$(s)/*.c))))

KERNEL_OBJ := $(patsubst %.c,$(BUILD)/%.o,$(patsubst %.S,$(BUILD)/%.o,$(KERNEL_SRC)))

TIMEOUT ?= 60
TEST_NAMES := $(foreach s,$(SUITES),$(addprefix tests/$(s)/,$(tests/$(s)_TESTS)))
RESULTS := $(addprefix $(BUILD)/,$(addsuffix .result,$(TEST_NAMES)))
ALL_TEST_NAMES := $(foreach s,$(ALL_SUITES),$(addprefix tests/$(s)/,$(tests/$(s)_TESTS)))

.PHONY: all check grade recheck run run-smoke clean need-qemu
all: $(BUILD)/os.dsk $(BUILD)/kernel.o

# ---- Compiling ----
$(BUILD)/%.o: %.c $(BUILD)/tests/kernel-tests.inc
	@mkdir -p $(@D)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(CFLAGS) $(CPPFLAGS) -c $< -o $@

$(BUILD)/%.o: %.S
	@mkdir -p $(@D)
	@$(if $(Q),echo "  AS      $<")
	$(Q)$(CC) $(ASFLAGS) $(CPPFLAGS) -c $< -o $@

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

run: all need-qemu
	cd $(BUILD) && ../utils/pintos -- -q run alarm-multiple

run-smoke: all need-qemu
	cd $(BUILD) && ../utils/pintos -T 20 -- -q

# ---- Testing ----
define test-rule
$(BUILD)/$(1).result: $(BUILD)/os.dsk $(1).ck
	@cd $(BUILD) && ../utils/run-test $(1) -v -k \
	  -T $$(or $$($(1)_TIMEOUT),$(TIMEOUT)) $$($(1)_PINTOSOPTS) \
	  -- -q $$($(1)_KERNELARGS) run $(notdir $(1))
endef
$(foreach t,$(ALL_TEST_NAMES),$(eval $(call test-rule,$(t))))

$(RESULTS): | need-qemu

check: $(RESULTS)
	@cd $(BUILD) && ../utils/summarize $(TEST_NAMES:%=%.result)

grade: $(RESULTS)
	@cd $(BUILD) && ../utils/grade $(SUITES)

recheck:
	rm -f $(RESULTS)
	$(MAKE) check

clean:
	rm -rf $(BUILD)

-include $(KERNEL_OBJ:.o=.d) $(BUILD)/threads/loader.d
