#!/usr/bin/env python3
"""The story's demo, for real: runs each seed-demo case's uWSGI and ab on loopback inside a private
network namespace, several times, and prints ab's "Time taken for tests" (median and range) against
what the case's scenario predicts (its first variant, and the range of all its variants), with the
kernel's own counters (ListenOverflows, ListenDrops, TCPSynRetrans, syncookies) and the CPU that
uWSGI (worker, HTTP router, master), ab and the third-party stub used.

Needs root (unshare -n, nice -15) and the Debian packages:
  apt-get install -y uwsgi uwsgi-plugin-python3 uwsgi-plugin-gevent-python3 python3-flask \
      python3-gevent apache2-utils
Not part of the tests: it measures a shared machine, and says how busy the machine was.

  sudo python3 scenarios/seed-demo/measure.py                 # every case, 5 runs each
  sudo python3 scenarios/seed-demo/measure.py --cases d,dL --runs 3 --no-predict

Each case's command lines are read from its scenario's header ("# uwsgi:", "# ab:", "# stub:"), so
the scenario and the measurement cannot drift apart. Every process is bounded: ab by -s and a
wall-clock limit, uWSGI stopped with SIGINT to its master (then SIGKILL to its own process group),
the whole inner run by `timeout`.

Priority: with the kernel's autogroups (kernel.sched_autogroup_enabled = 1), `nice` ranks processes
only within their session, and every session shares the CPU equally with the others: a `nice -15`
process among twenty busy sessions gets a quarter of a core. The runs therefore go in a session of
their own whose autogroup is set to nice -15 (/proc/self/autogroup), uWSGI and the stub stay in it,
and each run first measures the CPU two spinning processes of that session get (`cpu avail`).
"""
import argparse
import json
import os
import re
import shlex
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
CASES = ["a", "b", "c", "cL", "d", "dL", "e1", "e2", "e3"]
HZ = os.sysconf("SC_CLK_TCK")
NICE = -15
COUNTERS = ["TcpExtListenOverflows", "TcpExtListenDrops", "TcpExtTCPSynRetrans", "TcpExtSyncookiesSent",
            "TcpExtSyncookiesRecv", "TcpExtTCPReqQFullDoCookies", "TcpExtTCPReqQFullDrop", "TcpRetransSegs",
            "TcpExtTCPLossProbes", "TcpExtTCPTimeouts", "TcpActiveOpens", "TcpPassiveOpens",
            "TcpExtTCPAbortOnData", "TcpEstabResets", "TcpAttemptFails"]


# ---------------------------------------------------------------- the case files

def header(case):
    """The command lines in the scenario's header comments: {'uwsgi': ..., 'ab': ..., 'stub': ...}."""
    found = {}
    for line in (HERE / f"{case}.yaml").read_text().splitlines():
        m = re.match(r"^#\s*(uwsgi|ab|stub):\s*(.+)$", line)
        if m:
            found[m.group(1)] = m.group(2).strip()
        elif line and not line.startswith("#"):
            break
    if "uwsgi" not in found or "ab" not in found:
        sys.exit(f"{case}.yaml: its header needs '# uwsgi: ...' and '# ab: ...' lines")
    return found


def predict(case, avalanche, outdir):
    """Every variant's elapsed time (ab's "time taken"), simulated with the project's CLI."""
    out = outdir / "predicted" / case
    cmd = [str(avalanche), "run", str(HERE / f"{case}.yaml"), "--out", str(out), "-q"]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    if r.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({r.returncode}):\n{r.stderr}")
    summary = json.loads((out / "summary.json").read_text())
    return [(v["name"], v["elapsed"], v["requests"]["synRetransmissions"]) for v in summary["variants"]]


# ---------------------------------------------------------------- /proc readings

def netstat():
    """The namespace's TCP counters, /proc/net/netstat and /proc/net/snmp, as {'TcpExtX': n}."""
    values = {}
    for path in ("/proc/net/netstat", "/proc/net/snmp"):
        lines = Path(path).read_text().splitlines()
        for names, nums in zip(lines[0::2], lines[1::2]):
            prefix, names = names.split(":", 1)
            _, nums = nums.split(":", 1)
            for n, v in zip(names.split(), nums.split()):
                values[prefix + n] = int(v)
    return values


def machine_busy():
    """Jiffies the whole machine (every namespace, every user) spent not idle, and its total."""
    f = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    v = [int(x) for x in f]
    idle = v[3] + v[4]
    return sum(v[:8]) - idle, sum(v[:8])


def cpu(pid):
    """(user, system) seconds of a process and all its threads; None once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[11]) / HZ, int(fields[12]) / HZ
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return None


def switches(pid):
    """Voluntary and involuntary context switches summed over a process's threads."""
    vol = invol = 0
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            try:
                for line in Path(f"/proc/{pid}/task/{task}/status").read_text().splitlines():
                    if line.startswith("voluntary_ctxt_switches"):
                        vol += int(line.split()[1])
                    elif line.startswith("nonvoluntary_ctxt_switches"):
                        invol += int(line.split()[1])
            except FileNotFoundError:
                pass
    except FileNotFoundError:
        return None
    return vol, invol


def threads(pid):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("Threads:"):
                return int(line.split()[1])
    except FileNotFoundError:
        return 0
    return 0


# ---------------------------------------------------------------- one run

def wait_for(predicate, seconds, what):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        v = predicate()
        if v:
            return v
        time.sleep(0.05)
    raise RuntimeError(f"timed out after {seconds} s waiting for {what}")


def start_uwsgi(cmdline, log):
    plugins = "python3,http" + (",gevent_python3" if "--gevent" in cmdline else "")
    args = ["uwsgi", "--plugins", plugins, "--chdir", str(HERE)] + shlex.split(cmdline)
    # a process group of its own (to stop it whole), in the session whose autogroup has priority
    proc = subprocess.Popen(args, cwd=HERE, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                            process_group=0)
    text = lambda: Path(log.name).read_text(errors="replace")
    ready = lambda: ("ready" in text() and re.search(r"spawned uWSGI worker 1 \(pid: (\d+)", text())
                     and re.search(r"spawned uWSGI http 1 \(pid: (\d+)", text()))
    try:
        wait_for(lambda: proc.poll() is not None or ready(), 60, "uWSGI to start")
        if proc.poll() is not None:
            raise RuntimeError("uWSGI exited at start:\n" + text()[-2000:])
        worker = int(re.search(r"spawned uWSGI worker 1 \(pid: (\d+)", text()).group(1))
        router = int(re.search(r"spawned uWSGI http 1 \(pid: (\d+)", text()).group(1))
        # the worker starts its threads after the fork: wait until their number stops growing
        last, stable = -1, 0
        while stable < 10:
            n = threads(worker)
            stable = stable + 1 if n == last else 0
            last = n
            time.sleep(0.1)
        time.sleep(0.5)
        return proc, worker, router
    except Exception:
        stop(proc)
        raise


def stop(proc, grace=15):
    """SIGINT to the master (uWSGI's clean stop), then SIGKILL to its own process group."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(grace)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()


def run_ab(abline, gfile, limit):
    """ab's output and its own CPU (user, system seconds); killed after `limit` seconds."""
    args = ["ab", "-s", "60", "-g", str(gfile)] + shlex.split(abline)
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    end = time.monotonic() + limit
    out = b""
    os.set_blocking(proc.stdout.fileno(), False)
    while True:
        chunk = proc.stdout.read()
        if chunk:
            out += chunk
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            rest = proc.stdout.read()
            out += rest or b""
            proc.returncode = os.waitstatus_to_exitcode(status)
            return out.decode(errors="replace"), (usage.ru_utime, usage.ru_stime), False
        if time.monotonic() > end:
            proc.send_signal(signal.SIGINT)  # ab prints what it has on SIGINT
            time.sleep(1)
            proc.kill()
            _, status, usage = os.wait4(proc.pid, 0)
            out += proc.stdout.read() or b""
            return out.decode(errors="replace"), (usage.ru_utime, usage.ru_stime), True
        time.sleep(0.02)


def parse_ab(text):
    r = {}
    for key, pattern in [("taken", r"Time taken for tests:\s+([\d.]+)"), ("complete", r"Complete requests:\s+(\d+)"),
                         ("failed", r"Failed requests:\s+(\d+)"), ("non2xx", r"Non-2xx responses:\s+(\d+)")]:
        m = re.search(pattern, text)
        r[key] = float(m.group(1)) if m else None
    for q in (50, 90, 99, 100):
        m = re.search(rf"^\s*{q}%\s+(\d+)", text, re.M)
        r[f"p{q}"] = int(m.group(1)) / 1000 if m else None
    m = re.search(r"^(apr_\w+: .+)$", text, re.M)
    if m:  # ab stops at the first socket error (no -r): say why, and how far it got
        done = re.search(r"Total of (\d+) requests completed", text)
        r["aborted"] = m.group(1) + (f" after {done.group(1)} requests" if done else "")
    m = re.search(r"^Connect:\s+(\d+)\s+(\d+)\s+([\d.]+)\s+(\d+)\s+(\d+)", text, re.M)
    if m:
        r["connect_mean"], r["connect_max"] = int(m.group(2)) / 1000, int(m.group(5)) / 1000
    return r


def parse_gnuplot(gfile):
    """Per request (ms): starttime, seconds, ctime, dtime, ttime, wait. Returns summaries in seconds."""
    rows = []
    try:
        for line in Path(gfile).read_text().splitlines()[1:]:
            f = line.split("\t")
            if len(f) >= 6:
                rows.append((int(f[1]), int(f[2]) / 1000, int(f[4]) / 1000))
    except FileNotFoundError:
        return {}
    if not rows:
        return {}
    ctimes = sorted(c for _, c, _ in rows)
    return {"connect_over_0_5s": sum(1 for c in ctimes if c >= 0.5),
            "connect_over_2s": sum(1 for c in ctimes if c >= 2.0),
            "connect_p50": ctimes[len(ctimes) // 2], "connect_p99": ctimes[int(len(ctimes) * 0.99) - 1]}


def available_cpu(seconds=0.3):
    """Cores two spinning processes of this session get for a moment: how much the rest of the machine leaves us."""
    readers, pids = [], []
    for _ in range(2):
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(r)
            t0, c0 = time.monotonic(), time.process_time()
            while time.monotonic() - t0 < seconds:
                pass
            os.write(w, str((time.process_time() - c0) / (time.monotonic() - t0)).encode())
            os._exit(0)
        os.close(w)
        readers.append(r)
        pids.append(pid)
    shares = [float(os.read(r, 64) or b"0") for r in readers]
    for r, pid in zip(readers, pids):
        os.close(r)
        os.waitpid(pid, 0)
    return round(sum(shares), 2)


def one_run(case, rep, lines, outdir):
    d = outdir / "runs" / case
    d.mkdir(parents=True, exist_ok=True)
    stub = None
    if "stub" in lines:
        stub = subprocess.Popen([sys.executable] + shlex.split(lines["stub"]), cwd=HERE, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, process_group=0)
    avail = available_cpu()
    with open(d / f"uwsgi-{rep}.log", "w") as log:
        try:
            proc, worker, router = start_uwsgi(lines["uwsgi"], log)
        except Exception:
            if stub:
                stub.kill()
                stub.wait()
            raise
        try:
            load = os.getloadavg()[0]
            n0, m0 = netstat(), machine_busy()
            pids = {"worker": worker, "router": router, "master": proc.pid}
            if stub:
                pids["stub"] = stub.pid
            c0 = {k: cpu(p) for k, p in pids.items()}
            s0 = switches(worker)
            t0 = time.monotonic()
            text, ab_cpu, killed = run_ab(lines["ab"], d / f"ab-{rep}.tsv", limit=300)
            wall = time.monotonic() - t0
            c1 = {k: cpu(p) for k, p in pids.items()}
            s1 = switches(worker)
            n1, m1 = netstat(), machine_busy()
        finally:
            stop(proc)
            if stub:
                stub.kill()
                stub.wait()
    (d / f"ab-{rep}.txt").write_text(text)
    r = {"case": case, "rep": rep, "killed": killed, "wall": wall, "load1": load, "cpu_avail": avail}
    r.update(parse_ab(text))
    r.update(parse_gnuplot(d / f"ab-{rep}.tsv"))
    r["counters"] = {k: n1.get(k, 0) - n0.get(k, 0) for k in COUNTERS}
    r["cpu"] = {k: (None if c0[k] is None or c1[k] is None else
                    [round(c1[k][0] - c0[k][0], 3), round(c1[k][1] - c0[k][1], 3)]) for k in pids}
    r["cpu"]["ab"] = [round(ab_cpu[0], 3), round(ab_cpu[1], 3)]
    r["switches"] = None if s0 is None or s1 is None else [s1[0] - s0[0], s1[1] - s0[1]]
    busy = (m1[0] - m0[0]) / HZ
    ours = sum(sum(v) for v in r["cpu"].values() if v)
    r["machine"] = {"busy_cpu_s": round(busy, 2), "cores": os.cpu_count(),
                    "others_cpu_s": round(max(0.0, busy - ours), 2)}
    return r


def inside(args):
    """In the private namespace: loopback up, then the runs, interleaved case by case."""
    Path("/proc/self/autogroup").write_text(str(NICE))  # this session's share against the others'
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    outdir = Path(args.out)
    sysctls = {k: Path("/proc/sys/net/" + k.replace(".", "/")).read_text().strip() for k in
               ["core.somaxconn", "ipv4.tcp_syn_retries", "ipv4.tcp_synack_retries", "ipv4.tcp_syncookies",
                "ipv4.tcp_abort_on_overflow", "ipv4.tcp_max_syn_backlog"]}
    (outdir / "sysctl.json").write_text(json.dumps(sysctls))
    cases = args.cases.split(",")
    with open(outdir / "runs.jsonl", "a") as runs:
        for rep in range(1, args.runs + 1):
            for case in cases:
                lines = header(case)
                try:
                    r = one_run(case, rep, lines, outdir)
                except Exception as e:  # a case that cannot start is reported, the others go on
                    r = {"case": case, "rep": rep, "error": str(e)}
                runs.write(json.dumps(r) + "\n")
                runs.flush()
                print(f"  {case} run {rep}: " + (f"{r['taken']} s, {r['counters']['TcpExtListenOverflows']} overflows, "
                      f"{r['counters']['TcpExtTCPSynRetrans']} SYN retransmissions, cpu avail {r['cpu_avail']}, "
                      f"others' CPU {r['machine']['others_cpu_s']} s" if "taken" in r and r["taken"] is not None
                      else r.get("error", "ab aborted: " + str(r.get("aborted")))), flush=True)
                time.sleep(1)


# ---------------------------------------------------------------- the table

def median_range(values):
    values = [v for v in values if v is not None]
    if not values:
        return "-"
    return f"{statistics.median(values):.2f} [{min(values):.2f}-{max(values):.2f}]"


def report(outdir, cases, predictions):
    runs = [json.loads(l) for l in (outdir / "runs.jsonl").read_text().splitlines() if l.strip()]
    sysctls = json.loads((outdir / "sysctl.json").read_text())
    print(f"\nnamespace sysctls: {sysctls}")
    print(f"{'case':5} {'n':>2} {'ab time taken, median [range]':>30} {'predicted':>10} {'err':>6} "
          f"{'variants':>13} {'covers':>6}  overflows  drops  synRetr  cookies  worker u+s  router u+s  ab u+s  others  avail")
    for case in cases:
        rs = [r for r in runs if r["case"] == case and r.get("taken") is not None]
        errors = [r for r in runs if r["case"] == case and "error" in r]
        aborted = [r for r in runs if r["case"] == case and r.get("aborted") and r.get("taken") is None]
        taken = [r["taken"] for r in rs]
        med = statistics.median(taken) if taken else None
        pred = predictions.get(case)
        first = pred[0][1] if pred else None
        err = f"{(first - med) / med:+.0%}" if med and first else "-"
        lo = min(p[1] for p in pred) if pred else None
        hi = max(p[1] for p in pred) if pred else None
        covers = "-" if not pred or not taken else ("yes" if lo * 0.85 <= min(taken) and max(taken) <= hi * 1.15 else "no")

        def med_counter(k):
            v = [r["counters"][k] for r in rs]
            return f"{statistics.median(v):.0f}" if v else "-"

        def med_cpu(k):
            v = [r["cpu"][k] for r in rs if r["cpu"].get(k)]
            return f"{statistics.median(x[0] for x in v):.2f}+{statistics.median(x[1] for x in v):.2f}" if v else "-"
        others = [r["machine"]["others_cpu_s"] / r["wall"] for r in rs if r["wall"] > 0]
        avail = [r["cpu_avail"] for r in rs if "cpu_avail" in r]
        print(f"{case:5} {len(rs):>2} {median_range(taken):>30} {first if first is not None else '-':>10} {err:>6} "
              f"{(f'{lo:.2f}-{hi:.2f}' if pred else '-'):>13} {covers:>6}  {med_counter('TcpExtListenOverflows'):>9}"
              f"  {med_counter('TcpExtListenDrops'):>5}  {med_counter('TcpExtTCPSynRetrans'):>7}"
              f"  {med_counter('TcpExtSyncookiesSent'):>7}  {med_cpu('worker'):>10}  {med_cpu('router'):>10}"
              f"  {med_cpu('ab'):>6}  {(f'{statistics.median(others):.2f} cores' if others else '-')}"
              f"  {(f'{statistics.median(avail):.2f}' if avail else '-'):>5}"
              + (f"  ({len(errors)} runs failed: {errors[0]['error'][:80]})" if errors else "")
              + (f"  ({len(aborted)} runs where ab stopped: {aborted[0]['aborted'][:90]})" if aborted else ""))
    print("err: the first variant's prediction against the measured median; covers: every run within the variants' "
          "range (15% margin); others: CPU the rest of the machine used during the runs, in cores; avail: cores two "
          "spinners of the measuring session got just before each run (2.0: the machine was ours)")


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--cases", default=",".join(CASES))
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--out", default=None, help="where runs and predictions go (default out/seed-demo-measure/TIME)")
    p.add_argument("--no-predict", action="store_true", help="measure only")
    p.add_argument("--avalanche", default=str(REPO / "avalanche"))
    p.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args()
    for c in args.cases.split(","):
        if c not in CASES:
            sys.exit(f"--cases: got {c}; allowed {', '.join(CASES)}")
    if args.inside:
        inside(args)
        return
    if os.geteuid() != 0:
        sys.exit("needs root: unshare -n (a private network namespace) and nice -n -15")
    outdir = Path(args.out or REPO / "out" / "seed-demo-measure" / time.strftime("%Y%m%d-%H%M%S")).resolve()
    outdir.mkdir(parents=True, exist_ok=True)
    cases = args.cases.split(",")
    predictions = {}
    if not args.no_predict:
        for c in cases:
            predictions[c] = predict(c, args.avalanche, outdir)
        (outdir / "predicted.json").write_text(json.dumps(predictions))
    print(f"measuring {cases} x {args.runs} into {outdir} (load average {os.getloadavg()[0]:.2f}, "
          f"{os.cpu_count()} cores)", flush=True)
    inner = ["setsid", "--wait", "timeout", str(args.runs * len(cases) * 420), "nice", "-n", str(NICE), "unshare", "-n",
             sys.executable, __file__, "--inside", "--cases", args.cases, "--runs", str(args.runs), "--out", str(outdir)]
    subprocess.run(inner, check=False)
    report(outdir, cases, predictions)


if __name__ == "__main__":
    main()
