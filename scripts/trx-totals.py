#!/usr/bin/env python3
"""Adds up the counters of every .trx file under a folder: 'N passed, N failed, N skipped'."""
import glob, os, sys
import xml.etree.ElementTree as ET

root = sys.argv[1]
passed = failed = skipped = 0
files = glob.glob(os.path.join(root, "**", "*.trx"), recursive=True)
if not files:
    sys.exit("no test results under " + root)
for path in files:
    counters = ET.parse(path).getroot().find(".//{*}ResultSummary/{*}Counters")
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
    skipped += int(counters.get("notExecuted", 0))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
