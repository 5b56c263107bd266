# GDB commands for the kernel, in GDB's Python API.  utils/pintos-gdb
# and "make gdb" load this file (and utils/gdb-macros); inside GDB,
# "source utils/pintos_gdb.py" does the same.  "help user-defined" lists
# the commands; each has its own "help NAME".
#
#   btthread T        backtrace of thread T (pointer, tid or name)
#   btthreadlist      backtrace of every thread
#   btpagefault       backtrace of the code a page fault interrupted
#   whystopped        says whether the machine stopped in a fault (the
#                     hook-stop in gdb-macros runs it at every stop)
#   dumplist L T M    every struct T on list L, linked through member M
#   spt [T]           the supplemental page table of thread T
#   frames            the frame table and its clock hand
#   swapmap           the swap slots and the pages in them
#
# The kernel's stacks are walked by their frame pointers (the kernel is
# built with -fno-omit-frame-pointer).  Above every interrupt frame sits
# intr_entry's return address, intr_exit; the struct intr_frame follows
# it, and the walk goes on into the interrupted code.
#
# The VM views read struct page, struct frame and the frame and swap
# tables only through the small functions under "VM layout" below, so a
# change to the VM layer's fields means changing those alone.  A field
# that is missing gives a one-line message naming it, not a traceback.

import gdb

KERN_BASE = 0x8004000000
PGSIZE = 4096
KSTACK_REGION = 0xffffff8000000000
KSTACK_SLOT_PAGES = 4           # Guard pages plus stack (threads/kstack.c).
KSTACK_PAGES = 2                # The stack (include/threads/kstack.h).
STACK_SCAN_BYTES = 16384        # How far up the stack to look for frames.
PTE_P, PTE_A, PTE_D = 0x1, 0x20, 0x40

VECTOR_NAMES = {
    0: "#DE divide error", 1: "#DB debug", 3: "#BP breakpoint",
    6: "#UD invalid opcode", 8: "#DF double fault", 12: "#SS stack fault",
    13: "#GP general protection", 14: "#PF page fault",
}


class VmFieldMissing(Exception):
    """A VM structure lacks a field these views expect."""


# ---- Reading the machine ----

def u64(address):
    """The 64-bit word at ADDRESS."""
    data = gdb.selected_inferior().read_memory(address, 8)
    return int.from_bytes(bytes(data), "little")


def readable(address):
    try:
        u64(address)
        return True
    except gdb.MemoryError:
        return False


def register(name):
    return int(gdb.parse_and_eval("$" + name)) & 0xffffffffffffffff


def symbol_address(name):
    """The address of kernel symbol NAME, or None."""
    try:
        return int(gdb.parse_and_eval("(unsigned long) &%s" % name))
    except gdb.error:
        return None


def static_var(file_name, name):
    """The value of the file-scope variable NAME of FILE_NAME."""
    try:
        return gdb.parse_and_eval("'%s'::%s" % (file_name, name))
    except gdb.error:
        return gdb.parse_and_eval(name)


def where(pc, exact):
    """'function (file:line)' for PC; a return address (EXACT false) is
    looked up one byte back, inside its call instruction."""
    look = pc if exact or pc == 0 else pc - 1
    block = None
    try:
        block = gdb.block_for_pc(look)
    except RuntimeError:
        pass
    while block is not None and block.function is None:
        block = block.superblock
    sal = gdb.find_pc_line(look)
    name = block.function.name if block is not None else None
    if name is None:
        name = minimal_symbol(look)
    if name is None:
        if pc < KERN_BASE:
            return "(user code: loadusersymbols PROG to name it)"
        return "??"
    if sal.symtab is None:
        return name
    return "%s (%s:%d)" % (name, sal.symtab.filename, sal.line)


def minimal_symbol(pc):
    """The name of the symbol PC lies in, for code without debugging
    information about functions (assembly), or None."""
    try:
        text = gdb.execute("info symbol 0x%x" % pc, to_string=True)
    except gdb.error:
        return None
    if text.startswith("No symbol"):
        return None
    return text.split()[0]


# ---- Lists and threads ----

def offset_of(type_name, member):
    struct = gdb.lookup_type("struct " + type_name)
    for field in struct.fields():
        if field.name == member:
            return field.bitpos // 8
    raise gdb.GdbError("struct %s has no member %s" % (type_name, member))


def list_entries(list_ptr, type_name, member):
    """The struct TYPE_NAME pointers on the struct list at LIST_PTR."""
    offset = offset_of(type_name, member)
    pointer = gdb.lookup_type("struct " + type_name).pointer()
    tail = int(list_ptr["tail"].address)
    elem = list_ptr["head"]["next"]
    entries = []
    while int(elem) != tail and int(elem) != 0 and len(entries) < 100000:
        entries.append(gdb.Value(int(elem) - offset).cast(pointer))
        elem = elem["next"]
    return entries


def all_threads():
    return list_entries(gdb.parse_and_eval("&all_threads"), "thread",
                        "allelem")


def running_thread():
    """The thread whose kernel stack holds %rsp, or None."""
    try:
        rsp = register("rsp")
    except gdb.error:
        raise gdb.GdbError("no registers: GDB is not attached to a "
                           "running kernel (type debugpintos)")
    best = None
    for t in all_threads():
        top = int(t["stack_top"])
        if top > rsp and (best is None or top < int(best["stack_top"])):
            best = t
    if best is not None and int(best["stack_top"]) - rsp > 64 * 1024:
        return None
    return best


def find_thread(arg):
    """The thread named by ARG: a tid, a name, or a pointer expression."""
    arg = arg.strip()
    if not arg:
        t = running_thread()
        if t is None:
            raise gdb.GdbError("no running thread found; name one")
        return t
    threads = all_threads()
    if arg.isdigit() and int(arg) < 1 << 20:
        for t in threads:
            if int(t["tid"]) == int(arg):
                return t
    for t in threads:
        if t["name"].string() == arg:
            return t
    value = gdb.parse_and_eval(arg)
    return value.cast(gdb.lookup_type("struct thread").pointer())


def describe_thread(t):
    return "thread %#x tid %d '%s' %s priority %d" % (
        int(t), int(t["tid"]), t["name"].string(), str(t["status"]),
        int(t["priority"]))


# ---- Stack walks ----

def intr_frame_at(address):
    return gdb.Value(address).cast(
        gdb.lookup_type("struct intr_frame").pointer())


def walk_frames(rbp, out, depth=0):
    """Follows the frame pointers from RBP, appending (pc, kind) to OUT,
    and goes through interrupt frames into the interrupted code.  KIND is
    "return" for a return address, "interrupted" for the instruction an
    interrupt or fault stopped."""
    intr_exit = symbol_address("intr_exit")
    while rbp >= KERN_BASE and rbp % 8 == 0 and len(out) < 64:
        if not readable(rbp) or not readable(rbp + 8):
            break
        ret = u64(rbp + 8)
        if ret == 0:
            break
        out.append((ret, "return"))
        if ret != intr_exit:
            rbp = u64(rbp)
            continue
        frame = intr_frame_at(rbp + 16)
        if int(frame["cs"]) & 3:
            out.append((int(frame["rip"]), "interrupted"))
            break
        rbp = interrupted_frames(frame, out)
    return out


def walk_user_frames(rbp, out):
    """Follows a user program's frame pointers from RBP (user programs are
    built with -fno-omit-frame-pointer too), appending to OUT."""
    while 0 < rbp < KERN_BASE and rbp % 8 == 0 and len(out) < 64:
        if not readable(rbp) or not readable(rbp + 8):
            break
        ret = u64(rbp + 8)
        if ret == 0:
            break
        out.append((ret, "return"))
        rbp = u64(rbp)


def interrupted_frames(frame, out):
    """Appends the interrupted rip of FRAME, and the return address on top
    of the stack of a function without a frame of its own; returns the
    interrupted code's frame pointer."""
    rip = int(frame["rip"])
    rsp = int(frame["rsp"])
    rbp = int(frame["R"]["rbp"])
    out.append((rip, "interrupted"))
    if readable(rsp):
        top = u64(rsp)
        caller = u64(rbp + 8) if rbp >= KERN_BASE and readable(rbp + 8) else 0
        if is_return_address(top) and top != caller:
            out.append((top, "return"))
    return rbp


def is_return_address(address):
    """True if ADDRESS is in kernel code just after a call instruction."""
    if address < KERN_BASE or not readable(address - 8):
        return False
    try:
        before = bytes(gdb.selected_inferior().read_memory(address - 5, 5))
    except gdb.MemoryError:
        return False
    if before[0] == 0xe8:
        return True
    return before[3] == 0xff and (before[4] & 0xf8) == 0xd0


def print_frames(frames):
    """Prints FRAMES, (pc, kind) pairs, one a line, as "bt" does."""
    for i, (pc, kind) in enumerate(frames):
        mark = "  [interrupted here]" if kind == "interrupted" else ""
        print("#%-2d 0x%016x in %s%s" % (i, pc, where(pc, kind != "return"),
                                        mark))


def interrupt_frames_on_stack():
    """The struct intr_frame pointers above %rsp on the current stack,
    innermost first, found by their intr_exit return addresses."""
    intr_exit = symbol_address("intr_exit")
    rsp = register("rsp")
    found = []
    for address in range(rsp & ~7, rsp + STACK_SCAN_BYTES, 8):
        try:
            word = u64(address)
        except gdb.MemoryError:
            break
        if word != intr_exit:
            continue
        frame = intr_frame_at(address + 8)
        try:
            vec = int(frame["vec_no"])
            cs = int(frame["cs"])
        except gdb.MemoryError:
            break
        if vec < 256 and (cs & ~3) != 0 and (cs & 0xffff) == cs:
            found.append(frame)
            if cs & 3:
                break
    return found


def fault_kind(error_code):
    present = "protection" if error_code & 1 else "not-present"
    if error_code & 0x10:
        access = "execute"
    else:
        access = "write" if error_code & 2 else "read"
    mode = "user" if error_code & 4 else "kernel"
    return "%s %s in %s mode" % (present, access, mode)


def cr2():
    try:
        return register("cr2")
    except gdb.error:
        return None


def is_stack_guard(address):
    """True if ADDRESS is in the unmapped pages below a kernel stack, as
    kstack_is_guard decides (threads/kstack.c), or in the boot stack's
    guard page."""
    boot_guard = symbol_address("boot_guard")
    if boot_guard is not None and boot_guard <= address < boot_guard + PGSIZE:
        return True
    if address < KSTACK_REGION:
        return False
    offset = (address - KSTACK_REGION) % (KSTACK_SLOT_PAGES * PGSIZE)
    return offset < (KSTACK_SLOT_PAGES - KSTACK_PAGES) * PGSIZE


# ---- VM layout: the only code that reads VM structures ----

def vm_field(value, field, what):
    try:
        return value[field]
    except gdb.error:
        raise VmFieldMissing("%s has no field '%s'" % (what, field))


def spt_pages(thread):
    """The struct page pointers of THREAD's supplemental page table."""
    spt = vm_field(thread, "spt", "struct thread")
    pages = vm_field(spt, "pages", "struct supplemental_page_table")
    buckets = pages["buckets"]
    result = []
    for i in range(int(pages["bucket_cnt"])):
        for elem in list_entries(buckets[i].address, "page", "spt_elem"):
            result.append(elem)
    return sorted(result, key=lambda p: int(p["va"]))


def page_type(page):
    """The page's type name: ANON, FILE, or UNINIT->TYPE, + (stack)."""
    names = {0: "UNINIT", 1: "ANON", 2: "FILE"}
    ops = vm_field(page, "operations", "struct page")
    current = int(vm_field(ops.dereference(), "type",
                           "struct page_operations")) & 7
    name = names.get(current, "?")
    if current == 0:
        future = int(vm_field(vm_field(page, "uninit", "struct page"),
                              "type", "struct uninit_page")) & 7
        name = "UNINIT->" + names.get(future, "?")
    va = int(vm_field(page, "va", "struct page"))
    user_stack = 0x47480000
    in_stack = user_stack - 1024 * 1024 <= va < user_stack
    return name + ("(stack)" if in_stack else "")


def page_frame(page):
    """The page's struct frame pointer, or None."""
    frame = vm_field(page, "frame", "struct page")
    return frame if int(frame) != 0 else None


def page_swap_slot(page):
    """The swap slot of an ANON page that has one, else None."""
    if not page_type(page).startswith("ANON"):
        return None
    slot = int(vm_field(vm_field(page, "anon", "struct page"), "slot",
                        "struct anon_page"))
    return None if slot == 0xffffffffffffffff else slot


def page_state(page):
    if page_type(page).startswith("UNINIT"):
        return "unloaded"
    if page_frame(page) is not None:
        return "resident"
    if page_swap_slot(page) is not None:
        return "swapped"
    return "on-file"


def page_writable(page):
    return bool(vm_field(page, "writable", "struct page"))


def page_pml4(page):
    return int(vm_field(page, "pml4", "struct page"))


def frame_kva(frame):
    return int(vm_field(frame, "kva", "struct frame"))


def frame_pages(frame):
    """The struct page pointers sharing FRAME."""
    pages = vm_field(frame, "pages", "struct frame")
    return list_entries(pages.address, "page", "frame_elem")


def frame_pins(frame):
    return int(vm_field(frame, "pin_cnt", "struct frame"))


def frame_table():
    """The struct frame pointers of the frame table, in clock order."""
    try:
        ring = static_var("frame.c", "frames")
    except gdb.error:
        raise VmFieldMissing("no frame table 'frames' in vm/frame.c")
    return list_entries(ring.address, "frame", "elem")


def clock_hand():
    """The frame the clock hand points at, or None."""
    try:
        hand = static_var("frame.c", "hand")
    except gdb.error:
        raise VmFieldMissing("no clock hand 'hand' in vm/frame.c")
    if int(hand) == 0:
        return None
    return int(hand) - offset_of("frame", "elem")


def swap_refs():
    """The reference count of every swap slot."""
    try:
        count = int(static_var("swap.c", "slot_cnt"))
        refs = static_var("swap.c", "refs")
    except gdb.error:
        raise VmFieldMissing("no 'slot_cnt' or 'refs' in vm/swap.c")
    if count == 0 or int(refs) == 0:
        return []
    data = gdb.selected_inferior().read_memory(int(refs), count)
    return list(bytes(data))


# ---- Page-table bits ----

def pte_of(pml4, va):
    """The page-table entry of user address VA in PML4, or 0."""
    table = pml4
    for shift in (39, 30, 21, 12):
        entry = u64(table + ((va >> shift) & 0x1ff) * 8)
        if shift == 12:
            return entry
        if not entry & PTE_P:
            return 0
        table = (entry & 0x000ffffffffff000) + KERN_BASE
    return 0


def owner_of(pml4):
    for t in all_threads():
        if int(t["pml4"]) == pml4:
            return t
    return None


# ---- Commands ----

class PintosCommand(gdb.Command):
    """Base: turns a missing VM field into a clear message."""

    def invoke(self, arg, from_tty):
        try:
            self.run(arg)
        except VmFieldMissing as e:
            raise gdb.GdbError("%s: %s (the VM layer changed: adapt the "
                               "'VM layout' functions in utils/"
                               "pintos_gdb.py)" % (self._command, e))
        except gdb.MemoryError as e:
            raise gdb.GdbError("%s: %s (is GDB attached to a running "
                               "kernel? type debugpintos)"
                               % (self._command, e))

    def __init__(self, name):
        super().__init__(name, gdb.COMMAND_USER)
        self._command = name


class BtThread(PintosCommand):
    """Backtrace of a thread: btthread T
T is a tid, a thread name, or an expression giving a struct thread *
(e.g. btthread 1, btthread main, btthread idle_thread).  The running
thread gets GDB's own "bt"; any other is walked from the registers that
switch_threads saved on its stack."""

    def __init__(self):
        super().__init__("btthread")

    def run(self, arg):
        if not arg.strip():
            raise gdb.GdbError("usage: btthread T (a tid, name or pointer)")
        backtrace_thread(find_thread(arg))


def backtrace_thread(t):
    print(describe_thread(t))
    running = running_thread()
    if running is not None and int(running) == int(t):
        gdb.execute("bt")
        return
    sp = int(t["stack"])
    # switch_threads pushed rbx, rbp, r12-r15 below its return address.
    ret = u64(sp + 48)
    frames = [(symbol_address("switch_threads"), "suspended"),
              (ret, "return")]
    walk_frames(u64(sp + 32), frames)
    print_frames(frames)


class BtThreadList(PintosCommand):
    """Backtrace of every thread on all_threads: btthreadlist"""

    def __init__(self):
        super().__init__("btthreadlist")

    def run(self, arg):
        threads = all_threads()
        for t in threads:
            backtrace_thread(t)
            print()
        print("%d threads" % len(threads))


class BtPageFault(PintosCommand):
    """Backtrace of the code a page fault interrupted: btpagefault
Use it when stopped inside the page-fault handler (in page_fault,
vm_try_handle_fault and below).  Prints the fault address, the kind of
access, and the stack of the faulting code from its interrupt frame,
the faulting instruction first (resolved exactly, not as a return
address).  In user mode, load the program's symbols with
loadusersymbols PROG to name its functions."""

    def __init__(self):
        super().__init__("btpagefault")

    def run(self, arg):
        frames = [f for f in interrupt_frames_on_stack()
                  if int(f["vec_no"]) == 14]
        if not frames:
            raise gdb.GdbError("btpagefault: not stopped in a page fault "
                               "(no page-fault frame on this stack)")
        f = frames[0]
        address = cr2()
        print("Page fault at %s by rip 0x%x: %s" % (
            "0x%x" % address if address is not None else "(cr2 unreadable)",
            int(f["rip"]), fault_kind(int(f["error_code"]))))
        out = []
        if int(f["cs"]) & 3:
            out.append((int(f["rip"]), "interrupted"))
            walk_user_frames(int(f["R"]["rbp"]), out)
        else:
            walk_frames(interrupted_frames(f, out), out)
        print_frames(out)


class WhyStopped(PintosCommand):
    """Says why the machine stopped, if it stopped inside an exception
handler: which exception, where, and for a page fault the address and
the access.  Prints nothing otherwise.  The hook-stop of gdb-macros
runs it at every stop."""

    def __init__(self):
        super().__init__("whystopped")

    def run(self, arg):
        try:
            frames = interrupt_frames_on_stack()
        except (gdb.error, gdb.MemoryError):
            return
        pc = register("rip")
        double = symbol_address("double_fault")
        if double is not None and where(pc, True).startswith("double_fault"):
            address = cr2()
            why = "cr2=0x%x" % address if address is not None else ""
            if address is not None and is_stack_guard(address):
                why += ", in the guard page of a kernel stack: a kernel " \
                       "stack overflow"
            print("Stopped in a double fault (a fault while delivering a "
                  "fault): %s" % why)
        for f in frames:
            vec = int(f["vec_no"])
            if vec >= 32:
                continue
            name = VECTOR_NAMES.get(vec, "exception %d" % vec)
            line = "Stopped while handling %s (vector %d) raised at rip " \
                   "0x%x in %s" % (name, vec, int(f["rip"]),
                                   where(int(f["rip"]), True))
            if vec == 14:
                address = cr2()
                if address is not None:
                    line += "; cr2=0x%x" % address
                line += "; %s" % fault_kind(int(f["error_code"]))
            if vec == 14:
                line += " (btpagefault: the faulting code's stack)"
            print(line)
            break


class DumpList(PintosCommand):
    """Print every structure on a list: dumplist LIST TYPE MEMBER
LIST is a struct list * expression, TYPE the containing structure
without "struct", MEMBER its struct list_elem member.  Examples:
  dumplist &all_threads thread allelem
  dumplist &ready_queues[31] thread elem
  dumplist &'frame.c'::frames frame elem"""

    def __init__(self):
        super().__init__("dumplist")

    def run(self, arg):
        args = gdb.string_to_argv(arg)
        if len(args) != 3:
            raise gdb.GdbError("usage: dumplist LIST TYPE MEMBER")
        lst = gdb.parse_and_eval(args[0])
        entries = list_entries(lst, args[1], args[2])
        for i, entry in enumerate(entries):
            print("%d: (struct %s *) 0x%x" % (i, args[1], int(entry)))
            print(entry.dereference())
        print("%d elements" % len(entries))


class Spt(PintosCommand):
    """The supplemental page table of a thread: spt [T]
T as for btthread; the running thread by default.  One line per page:
address, type (UNINIT->ANON for a page not yet loaded, (stack) for the
stack), state (unloaded, resident, swapped, on-file), writable, the
frame's kernel address, the swap slot, and the number of processes
sharing the frame copy-on-write."""

    def __init__(self):
        super().__init__("spt")

    def run(self, arg):
        t = find_thread(arg)
        pages = spt_pages(t)
        print("Supplemental page table of %s: %d pages" % (
            describe_thread(t), len(pages)))
        print("%-18s %-18s %-9s %-3s %-14s %-5s %s" % (
            "address", "type", "state", "w", "frame", "slot", "sharers"))
        for p in pages:
            frame = page_frame(p)
            slot = page_swap_slot(p)
            print("0x%016x %-18s %-9s %-3s %-14s %-5s %s" % (
                int(p["va"]), page_type(p), page_state(p),
                "rw" if page_writable(p) else "ro",
                "0x%x" % frame_kva(frame) if frame is not None else "-",
                slot if slot is not None else "-",
                len(frame_pages(frame)) if frame is not None else "-"))


class Frames(PintosCommand):
    """The frame table: frames
One line per frame, in clock order, the clock hand marked "->": the
frame's kernel address, its pins, the accessed and dirty bits of its
pages (A, D), and the pages in it (tid, name, user address)."""

    def __init__(self):
        super().__init__("frames")

    def run(self, arg):
        table = frame_table()
        hand = clock_hand()
        print("Frame table: %d frames; the clock hand (->) at struct "
              "frame %s" % (len(table), "0x%x" % hand if hand is not None
                            else "(none)"))
        for f in table:
            owners = []
            bits = ""
            for p in frame_pages(f):
                t = owner_of(page_pml4(p))
                pte = pte_of(page_pml4(p), int(p["va"])) \
                    if page_pml4(p) else 0
                bits = ("A" if pte & PTE_A else "-") \
                    + ("D" if pte & PTE_D else "-")
                owners.append("%s%s 0x%x %s" % (
                    "tid %d " % int(t["tid"]) if t is not None else "",
                    "'%s'" % t["name"].string() if t is not None else "?",
                    int(p["va"]), bits))
            print("%s 0x%x pins %d: %s" % (
                "->" if hand == int(f) else "  ", frame_kva(f),
                frame_pins(f), "; ".join(owners) if owners else "(empty)"))


class SwapMap(PintosCommand):
    """The swap disk: swapmap
A map of every slot ('.' free, a digit its reference count, '+' for
more than 9), then each used slot with the pages that live in it."""

    def __init__(self):
        super().__init__("swapmap")

    def run(self, arg):
        refs = swap_refs()
        used = sum(1 for r in refs if r)
        print("Swap: %d of %d slots used" % (used, len(refs)))
        if not refs:
            print("(no swap disk)")
            return
        for row in range(0, len(refs), 64):
            cells = "".join("." if r == 0 else str(r) if r < 10 else "+"
                            for r in refs[row:row + 64])
            print("%5d %s" % (row, cells))
        holders = {}
        for t in all_threads():
            if int(t["pml4"]) == 0:
                continue
            for p in spt_pages(t):
                slot = page_swap_slot(p)
                if slot is not None:
                    holders.setdefault(slot, []).append(
                        "tid %d '%s' 0x%x" % (int(t["tid"]),
                                              t["name"].string(),
                                              int(p["va"])))
        for slot in sorted(holders):
            print("slot %d (refs %d): %s" % (slot, refs[slot],
                                              "; ".join(holders[slot])))


for command in (BtThread, BtThreadList, BtPageFault, WhyStopped, DumpList,
                Spt, Frames, SwapMap):
    command()
