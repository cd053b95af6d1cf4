#!/usr/bin/env python3
"""Disassembles the last C2 compile of a method without hsdis (not installed here).

HotSpot without hsdis prints a compiled method's code as hex under
-XX:+UnlockDiagnosticVMOptions -XX:CompileCommand=print,<class>::<method>; this turns the last C2
(tier 4) listing of that method back into bytes and disassembles them with objdump, keeping the
JIT's comments (calls, implicit null checks, metadata such as an inlined type check).

Usage:
  java ... -XX:+UnlockDiagnosticVMOptions -XX:CompileCommand=print,org.loopscope.loop.Task::step ... > out.txt
  bench/disassemble.py out.txt Task::step
"""
import re
import subprocess
import sys


def main(listing_path, method):
    lines = open(listing_path).read().split("\n")
    starts = [i for i, l in enumerate(lines) if l.startswith("Compiled method (c2)") and method in l]
    if not starts:
        sys.exit("no C2 compile of %s in %s" % (method, listing_path))
    first = next(k for k in range(starts[-1], len(lines)) if "[Instructions begin]" in lines[k])
    last = next(k for k in range(first, len(lines)) if "[Stub Code]" in lines[k] or "[Exception Handler]" in lines[k])
    code, base, notes = bytearray(), None, {}
    for line in lines[first:last]:
        note = re.match(r"\s+0x([0-9a-f]+): ;\s*(.*)", line)
        if note:
            notes.setdefault(int(note.group(1), 16), []).append(note.group(2).strip())
            continue
        hexes = re.match(r"\s+0x([0-9a-f]+): ([0-9a-f |]+)$", line)
        if hexes:
            address = int(hexes.group(1), 16)
            base = address if base is None else base
            if address - base == len(code):
                code += bytes.fromhex(hexes.group(2).replace("|", "").replace(" ", ""))
    with open("/tmp/loopscope-code.bin", "wb") as out:
        out.write(code)
    listing = subprocess.run(["objdump", "-D", "-b", "binary", "-m", "i386:x86-64", "--adjust-vma=%#x" % base,
                              "/tmp/loopscope-code.bin"], capture_output=True, text=True, check=True).stdout
    for line in listing.split("\n"):
        at = re.match(r"\s*([0-9a-f]+):", line)
        if at:
            for n in notes.get(int(at.group(1), 16), []):
                print("      ; " + n)
        print(line)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
