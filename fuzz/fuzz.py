#!/usr/bin/env python3
"""Fuzzes the real command line with bad and extreme scenarios derived from the bundled ones.

Not part of the test suite (it takes minutes): it generates a few hundred inputs from
scenarios/*.yaml and scenarios/validation/*.yaml (text mutations, extreme values, wrong types,
encodings, sizes, nesting, aliases, targeted extremes and command-line mistakes), runs
`java -Xmx2g -jar cli/target/avalanche.jar run ...` on each with a wall-clock timeout, and
classifies what happened. See fuzz/README.md.

    python3 fuzz/fuzz.py                      # 300 inputs, seed 1, 2 at a time
    python3 fuzz/fuzz.py --count 50 --seed 7  # another sample
    python3 fuzz/fuzz.py --keep fuzz/out      # keep every input and its output
"""
import argparse
import collections
import concurrent.futures
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# file:line:col: path: got X; allowed Y (scenarios/Problem.java)
LOCATED = re.compile(r"^[^\s:][^:]*:\d+:\d+: \S.*?: got .*; allowed .+$")
EXCEPTION_NAME = re.compile(r"\b(?:[a-z]+\.)*[A-Z][A-Za-z]*(?:Exception|Error)\b")
STACK_TRACE = re.compile(r"^\s+at [\w$.]+\(.*\)$|^Exception in thread|^Caused by: ", re.M)

EXTREMES = [
    "0", "-1", "-0", "1e30", "1e9", "-1e9", "1e-30", "1e308", "1e309", ".inf", "-.inf", ".nan",
    "9223372036854775807", "9223372036854775808", "99999999999999999999999999", "0x7fffffff", "0o777", "1_000",
    "''", "null", "~", "true", "no", "abc", "日本語", '"😀"', '"\\u0000"', '"\\t"', "1ns", "0s", "87600h", "1e9s",
    "2562048h", "2562047h", "-5s", "200", "1.5", "2s", "[1, 2]", "{a: 1}", "[]", "{}", "&a x", "*a",
    "!!binary aGVsbG8=", "!!float 1", "5m30", "1h1h", "µs", "1µs", "1e99999999", "1" + "0" * 5000,
    "-9223372036854775808", "2147483648", "2147483647", "100000000", "1e12", "0.0000001", "1e-9s",
]

KEY_VALUE = re.compile(r"(?P<key>[A-Za-z_][\w.\-\[\]]*):[ \t]+(?P<value>[^,{}\[\]\n#]+?)(?=[ \t]*(?:[,}\]]|$|#))")


def sources():
    paths = []
    for folder in ("scenarios", os.path.join("scenarios", "validation")):
        for name in sorted(os.listdir(os.path.join(ROOT, folder))):
            if name.endswith(".yaml"):
                paths.append(os.path.join(ROOT, folder, name))
    return paths


def values(text):
    """Every `key: value` scalar in the text, block or flow style, as (start, end, key)."""
    return [(m.start("value"), m.end("value"), m.group("key")) for m in KEY_VALUE.finditer(text)
            if not m.group("value").strip().startswith(">")]


def replace_value(rng, text, new=None):
    spots = values(text)
    if not spots:
        return text, "no value"
    start, end, key = rng.choice(spots)
    new = rng.choice(EXTREMES) if new is None else new
    return text[:start] + new + text[end:], f"{key} = {new[:40]}"


def line_op(rng, text):
    lines = text.split("\n")
    i = rng.randrange(len(lines))
    op = rng.choice(["delete", "duplicate", "swap", "indent", "dedent", "tab", "garbage", "key-typo"])
    if op == "delete":
        del lines[i]
    elif op == "duplicate":
        lines.insert(i, lines[i])
    elif op == "swap":
        j = rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    elif op == "indent":
        lines[i] = "  " + lines[i]
    elif op == "dedent":
        lines[i] = lines[i][2:] if lines[i].startswith("  ") else lines[i]
    elif op == "tab":
        lines[i] = "\t" + lines[i]
    elif op == "garbage":
        junk = rng.choice(["{", "]", ": :", "- -", "&x", "*y", "? ", "%YAML 1.2", "!!str", "'", '"', "|", "@", "`"])
        pos = rng.randrange(len(lines[i]) + 1)
        lines[i] = lines[i][:pos] + junk + lines[i][pos:]
    else:
        lines[i] = re.sub(r"[A-Za-z]", lambda m: m.group(0) * 2, lines[i], count=1)
    return "\n".join(lines), f"{op} line {i + 1}"


def deep(kind, depth):
    if kind == "list":
        return "[" * depth + "1" + "]" * depth
    return "{a: " * depth + "1" + "}" * depth


def alias_bomb(levels):
    out = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for k in range(1, levels):
        prev = f"*a{k - 1}"
        out.append(f"a{k}: &a{k} [{', '.join([prev] * 10)}]")
    return "\n".join(out) + "\n"


def targeted():
    """Extremes named in the issue, as (description, base file, --set overrides or None, extra args)."""
    story = "scenarios/story-avalanche.yaml"
    cap = "scenarios/story-capacity-limit.yaml"
    ab = "scenarios/ab-10-vs-10.yaml"
    overflow = "scenarios/validation/backlog-overflow.yaml"
    return [
        ("interval 1ns", cap, ["interval=1ns"], []),
        ("interval 1ms", cap, ["interval=1ms"], []),
        ("drain 87600h", cap, ["drain=87600h"], []),
        ("duration 8760h", cap, ["duration=8760h"], []),
        ("rate 1e30", cap, ["users.arrivals.rate=1e30"], []),
        ("rate 1e6", cap, ["users.arrivals.rate=1e6"], []),
        ("calls count 1e9", cap, ["request.calls[0].count=1e9"], []),
        ("calls count 1e9 parallel", cap, ["request.calls[0].count=1000000000", "request.calls[0].mode=parallel"], []),
        ("closed 1e12 requests", ab, ["users.closed.requests=1000000000000"], []),
        ("closed 1e7 requests", ab, ["users.closed.requests=10000000"], []),
        ("closed concurrency 2e9", ab, ["users.closed.concurrency=2000000000", "users.closed.requests=2000000000"], []),
        ("closed 5000 refusals", overflow, ["users.closed.requests=5000"], []),
        ("closed 500000 refusals", overflow, ["users.closed.requests=500000"], []),
        ("closed all in warm-up", ab, ["warmup=9m"], []),
        ("refresh max huge", story, ["users.refresh.max=2147483647", "users.refresh.probability=1"], []),
        ("servers count 1e6", cap, ["servers.count=1000000"], []),
        ("processes 1e7", cap, ["servers.processes=10000000"], []),
        ("backlog max", cap, ["servers.backlog=2147483647"], []),
        ("unbounded virtual threads slow call", cap,
         ["servers.workers={model: virtual-threads, size: unbounded}", "services.social.latency=1h",
          "services.social.timeout=2h"], []),
        ("patience exponential huge", story, ["users.patience={dist: exponential, mean: 1000000000s}"], []),
        ("pareto heavy tail cpu", story, ["request.cpu={dist: pareto, scale: 1ms, shape: 0.01}"], []),
        ("timeout near max", cap, ["services.social.timeout=2562047h"], []),
        ("balancer timeout near max", cap, ["balancer.timeout=2562047h"], []),
        ("replications 1e6", cap, [], ["--replications", "1000000"]),
        ("replications 0", cap, [], ["--replications", "0"]),
        ("seed abc", cap, [], ["--seed", "abc"]),
        ("unknown option", cap, [], ["--frobnicate"]),
        ("out is a file", cap, [], ["--out", "/etc/hostname"]),
        ("out under proc", cap, [], ["--out", "/proc/avalanche"]),
        ("out unwritable", cap, [], ["--out", "/sys/avalanche"]),
        ("set without value", cap, ["users.arrivals.rate"], []),
        ("set bare duration", cap, ["services.social.latency=2"], []),
        ("set unicode path", cap, ["users.ärrivals.rate=1"], []),
        ("missing file", "scenarios/no-such-file.yaml", [], []),
        ("a folder as the file", "scenarios", [], []),
    ]


def generate(rng, count):
    """Yields (id, description, file bytes or None, base path or None, extra args)."""
    bases = sources()
    texts = {p: open(p, encoding="utf-8").read() for p in bases}
    n = 0
    for desc, base, sets, extra in targeted():
        args = []
        for s in sets:
            args += ["--set", s]
        yield n, "targeted: " + desc, None, os.path.join(ROOT, base), args + extra
        n += 1
    special = [
        ("empty file", b""),
        ("only a comment", b"# nothing\n"),
        ("a list at the root", b"- a\n- b\n"),
        ("a second document", texts[bases[0]].encode() + b"\n---\nname: x\n"),
        ("50 MB single-line string", b"name: \"" + b"x" * (50 * 1024 * 1024) + b"\"\n"),
        ("2 MB plain scalar", b"description: " + b"y" * (2 * 1024 * 1024) + b"\n" + texts[bases[0]].encode()),
        ("deep list nesting 10000", ("name: " + deep("list", 10000) + "\n").encode()),
        ("deep map nesting 5000", ("name: " + deep("map", 5000) + "\n").encode()),
        ("deep list nesting 60", texts[bases[0]].replace("seed: 42", "seed: " + deep("list", 60)).encode()),
        ("alias bomb", (alias_bomb(9) + texts[bases[0]]).encode()),
        ("invalid UTF-8", texts[bases[0]].encode()[:40] + b"\xff\xfe\xc3" + texts[bases[0]].encode()[40:]),
        ("latin-1 text", texts[bases[0]].replace("about", "caf\u00e9").encode("latin-1", errors="replace")),
        ("UTF-16", texts[bases[0]].encode("utf-16")),
        ("NUL byte", texts[bases[0]].encode()[:30] + b"\x00" + texts[bases[0]].encode()[30:]),
        ("BOM", b"\xef\xbb\xbf" + texts[bases[0]].encode()),
        ("CRLF", texts[bases[0]].replace("\n", "\r\n").encode()),
        ("binary junk", bytes(random.Random(5).randrange(256) for _ in range(4096))),
        ("unknown tag", texts[bases[0]].replace("seed: 42", "seed: !!python/object:os.system 1").encode()),
        ("many keys", ("\n".join(f"k{i}: {i}" for i in range(200000)) + "\n").encode()),
        ("long key", (("k" * 200000) + ": 1\n" + texts[bases[0]]).encode()),
        ("huge integer", texts[bases[0]].replace("seed: 42", "seed: " + "9" * 20000).encode()),
        ("huge exponent duration", texts[bases[0]].replace("duration: 10m", "duration: 1e99999999").encode()),
    ]
    for desc, data in special:
        yield n, "special: " + desc, data, None, []
        n += 1
    while n < count:
        base = rng.choice(bases)
        text = texts[base]
        steps = []
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            if rng.random() < 0.55:
                text, d = replace_value(rng, text)
            elif rng.random() < 0.85:
                text, d = line_op(rng, text)
            else:
                cut = rng.randrange(len(text))
                text, d = text[:cut], f"truncate at {cut}"
            steps.append(d)
        yield n, os.path.relpath(base, ROOT) + ": " + "; ".join(steps), text.encode("utf-8", "surrogatepass"), None, []
        n += 1


def classify(rc, out, err, elapsed, timed_out, timeout):
    text = out + "\n" + err
    lines = [l for l in err.replace("\r", "\n").split("\n") if l.strip()]
    lines = [l for l in lines if not l.startswith("[") and "of simulated time" not in l]
    if timed_out:
        return "timeout (> %d s)" % timeout
    if "OutOfMemoryError" in text or "Java heap space" in text:
        return "out of memory"
    if STACK_TRACE.search(text):
        return "stack trace"
    if EXCEPTION_NAME.search(text):
        return "exception name in a message"
    if rc == 0:
        return "ran to the end (exit 0)"
    if rc == 2:
        if lines and all(LOCATED.match(l) for l in lines):
            return "exit 2, located lines"
        if 0 < len(lines) <= 3 and any("--help" in l for l in lines):
            return "exit 2, usage error with a hint (<= 3 lines)"
        return "exit 2, NOT located"
    if rc == 1:
        return "exit 1"
    if rc < 0 or rc > 128:
        return "killed by a signal (%d)" % rc
    return "exit %d" % rc


def run_case(case, java, jar, work, timeout, keep):
    n, desc, data, base, extra = case
    folder = os.path.join(work, "case-%04d" % n)
    os.makedirs(folder, exist_ok=True)
    if data is not None:
        path = os.path.join(folder, "scenario.yaml")
        with open(path, "wb") as f:
            f.write(data)
    else:
        path = base
    out_dir = os.path.join(folder, "out")
    args = [java, "-Xmx2g", "-jar", jar, "run", path]
    if "--out" not in extra:
        args += ["--out", out_dir]
    args += extra
    start = time.monotonic()
    timed_out = False
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
    elapsed = time.monotonic() - start
    out = out.decode("utf-8", "replace")
    err = err.decode("utf-8", "replace")
    verdict = classify(proc.returncode, out, err, elapsed, timed_out, timeout)
    record = {"case": n, "input": desc, "exit": proc.returncode, "seconds": round(elapsed, 1), "class": verdict,
              "stderr": err[-2000:], "args": [a for a in args[4:]]}
    if keep:
        with open(os.path.join(folder, "result.json"), "w") as f:
            json.dump(record, f, indent=1)
    else:
        shutil.rmtree(folder, ignore_errors=True)
    return record


GOOD = {"exit 2, located lines", "exit 2, usage error with a hint (<= 3 lines)", "ran to the end (exit 0)",
        "stopped by SIGTERM within 2 s, said so", "ended before the signal (exit 0)"}


def sigterm_case(n, rng, java, jar, work):
    """Starts a bundled scenario, sends SIGTERM after 1 to 5 s, and checks it ends within 2 s saying so."""
    base = rng.choice([p for p in sources() if "story" in p])
    out_dir = os.path.join(work, "sigterm-%04d" % n)
    # --force: a bundled scenario the preflight finds large (story-mitigations) must still be running when the signal comes.
    proc = subprocess.Popen([java, "-Xmx2g", "-jar", jar, "run", base, "--out", out_dir, "--force"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=ROOT, start_new_session=True)
    delay = rng.uniform(1, 5)
    time.sleep(delay)
    sent = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    try:
        out, err = proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
    took = time.monotonic() - sent
    err = err.decode("utf-8", "replace")
    summary = os.path.exists(os.path.join(out_dir, "summary.json"))
    shutil.rmtree(out_dir, ignore_errors=True)
    if proc.returncode == 0:
        verdict = "ended before the signal (exit 0)"
    elif took > 2:
        verdict = "SIGTERM took %.1f s" % took
    elif "stopped before the end" not in err:
        verdict = "stopped by SIGTERM without saying so"
    elif summary and "incomplete" in err:
        verdict = "stopped by SIGTERM, left an old summary.json"
    else:
        verdict = "stopped by SIGTERM within 2 s, said so"
    return {"case": n, "input": "SIGTERM after %.1f s: %s" % (delay, os.path.relpath(base, ROOT)), "exit": proc.returncode,
            "seconds": round(took, 2), "class": verdict, "stderr": err[-500:], "args": []}


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--count", type=int, default=300, help="inputs to try (default 300)")
    p.add_argument("--seed", type=int, default=1, help="seed of the mutations (default 1)")
    p.add_argument("--jobs", type=int, default=2, help="runs at a time (default 2)")
    p.add_argument("--timeout", type=int, default=60, help="seconds before a run counts as hung (default 60)")
    p.add_argument("--jar", default=os.path.join(ROOT, "cli", "target", "avalanche.jar"))
    p.add_argument("--java", default=os.path.join(os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "java"))
    p.add_argument("--keep", help="keep every input, output and result.json under this folder")
    p.add_argument("--log", help="write one JSON line per input to this file")
    p.add_argument("--sigterm", type=int, default=10, help="runs stopped by SIGTERM after 1-5 s (default 10)")
    a = p.parse_args()
    if not os.path.exists(a.jar):
        sys.exit("no jar at %s: run ./avalanche --version first (it builds it)" % a.jar)
    work = os.path.abspath(a.keep) if a.keep else tempfile.mkdtemp(prefix="avalanche-fuzz-")
    os.makedirs(work, exist_ok=True)
    rng = random.Random(a.seed)
    cases = list(generate(rng, a.count))
    counts = collections.Counter()
    bad = []
    log = open(a.log, "w") if a.log else None
    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=a.jobs) as pool:
        futures = [pool.submit(run_case, c, a.java, a.jar, work, a.timeout, a.keep) for c in cases]
        for i, f in enumerate(concurrent.futures.as_completed(futures), 1):
            r = f.result()
            counts[r["class"]] += 1
            if log:
                log.write(json.dumps(r) + "\n")
                log.flush()
            if r["class"] not in GOOD:
                bad.append(r)
            print("\r%d/%d inputs" % (i, len(cases)), end="", file=sys.stderr, flush=True)
    for k in range(a.sigterm):
        r = sigterm_case(len(cases) + k, rng, a.java, a.jar, work)
        counts[r["class"]] += 1
        if log:
            log.write(json.dumps(r) + "\n")
        if r["class"] not in GOOD:
            bad.append(r)
        print("\r%d/%d SIGTERM runs" % (k + 1, a.sigterm), end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    if not a.keep:
        shutil.rmtree(work, ignore_errors=True)
    print("%d inputs and %d SIGTERM runs in %.0f s (seed %d)" % (len(cases), a.sigterm, time.monotonic() - started, a.seed))
    for cls, k in counts.most_common():
        print("  %4d  %s%s" % (k, cls, "" if cls in GOOD else "   <- breaks the rules"))
    for r in sorted(bad, key=lambda r: r["case"])[:40]:
        first = next((l for l in r["stderr"].splitlines() if l.strip()), "")
        print("- case %d [%s, %.0f s] %s\n    %s" % (r["case"], r["class"], r["seconds"], r["input"][:150], first[:200]))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
