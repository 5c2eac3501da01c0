#!/usr/bin/env python3
"""Linux's handshake on loopback, measured against the kernel's own counters: when does a
connection that met a full listen queue get in?

A server listens with a small backlog and accepts nothing until --hold seconds have passed, then
accepts everything at once; clients connect one every --gap seconds, each writing a small request
as soon as its connect completes (as ab does). For every connection it records when the client
connected and wrote, and when the server accepted it; the delays cluster at the instants the kernel
retries: the client's SYN retransmissions (1, 3, 7 ... s after the first SYN, tcp_syn_retries), or,
for a connection whose SYN got in but whose handshake-completing ACK (or, with TCP_DEFER_ACCEPT,
first data) was dropped, the client's data retransmissions (its RTO, 200 ms at least, doubling) and
the server's SYN-ACK retransmissions (1, 2, 4 ... s apart, tcp_synack_retries).

Needs root (a private network namespace: fresh default sysctls, counters of its own):
  sudo python3 scenarios/seed-demo/handshake.py [--backlog 4] [--clients 60] [--gap 0.02]
      [--hold 2.5] [--defer-accept 4] [--syncookies 1]
"""
import argparse
import json
import os
import select
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

COUNTERS = ["TcpExtListenOverflows", "TcpExtListenDrops", "TcpExtTCPSynRetrans", "TcpExtSyncookiesSent",
            "TcpExtSyncookiesRecv", "TcpExtTCPReqQFullDoCookies", "TcpExtTCPReqQFullDrop", "TcpRetransSegs",
            "TcpExtTCPLossProbes", "TcpExtTCPTimeouts", "TcpExtTCPDeferAcceptDrop", "TcpExtEmbryonicRsts",
            "TcpActiveOpens", "TcpPassiveOpens"]


def netstat():
    values = {}
    for path in ("/proc/net/netstat", "/proc/net/snmp"):
        lines = Path(path).read_text().splitlines()
        for names, nums in zip(lines[0::2], lines[1::2]):
            prefix, names = names.split(":", 1)
            for n, v in zip(names.split(), nums.split(":", 1)[1].split()):
                values[prefix + n] = int(v)
    return values


def run(args):
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    Path("/proc/sys/net/ipv4/tcp_syncookies").write_text(str(args.syncookies))
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if args.defer_accept:
        srv.setsockopt(socket.IPPROTO_TCP, socket.TCP_DEFER_ACCEPT, args.defer_accept)
    srv.bind(("127.0.0.1", 7000))
    srv.listen(args.backlog)
    accepted = {}
    t0 = time.monotonic()
    n0 = netstat()

    def server():
        while time.monotonic() - t0 < args.hold:
            time.sleep(0.001)
        srv.settimeout(0.05)
        while len(accepted) < args.clients and time.monotonic() - t0 < args.limit:
            try:
                c, (_, port) = srv.accept()
            except socket.timeout:
                continue
            accepted[port] = time.monotonic() - t0
            c.close()

    th = threading.Thread(target=server)
    th.start()
    clients = {}
    poll = select.poll()
    for i in range(args.clients):
        while time.monotonic() - t0 < i * args.gap:
            _poll_write(poll, clients, t0)
        s = socket.socket()
        s.setblocking(False)
        s.connect_ex(("127.0.0.1", 7000))
        port = s.getsockname()[1]
        clients[s.fileno()] = {"sock": s, "port": port, "syn": time.monotonic() - t0}
        poll.register(s.fileno(), select.POLLOUT)
    while time.monotonic() - t0 < args.limit and len(accepted) < args.clients:
        _poll_write(poll, clients, t0)
    th.join()
    n1 = netstat()
    rows = []
    for c in clients.values():
        rows.append({"syn": c["syn"], "connected": c.get("connected"), "accepted": accepted.get(c["port"])})
        c["sock"].close()
    return rows, {k: n1.get(k, 0) - n0.get(k, 0) for k in COUNTERS}


def _poll_write(poll, clients, t0):
    for fd, _ in poll.poll(1):
        c = clients[fd]
        if "connected" not in c:
            c["connected"] = time.monotonic() - t0
            c["sock"].send(b"GET / HTTP/1.0\r\n\r\n")
            poll.unregister(fd)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--backlog", type=int, default=4)
    p.add_argument("--clients", type=int, default=60)
    p.add_argument("--gap", type=float, default=0.02, help="seconds between two clients' connects")
    p.add_argument("--hold", type=float, default=2.5, help="seconds the server accepts nothing")
    p.add_argument("--defer-accept", type=int, default=0, help="TCP_DEFER_ACCEPT seconds (uWSGI sets 4)")
    p.add_argument("--syncookies", type=int, default=1)
    p.add_argument("--limit", type=float, default=40.0)
    p.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args()
    if not args.inside:
        if os.geteuid() != 0:
            sys.exit("needs root: unshare -n (a private network namespace)")
        r = subprocess.run(["timeout", str(args.limit + 30), "unshare", "-n", sys.executable, __file__, "--inside"]
                           + sys.argv[1:], capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit(r.stderr)
        rows, counters = json.loads(r.stdout)
        report(args, rows, counters)
        return
    print(json.dumps(run(args)))


def report(args, rows, counters):
    print(f"backlog {args.backlog} (accept queue holds {args.backlog + 1}), {args.clients} clients {args.gap * 1000:.0f} ms "
          f"apart, server holds {args.hold} s, TCP_DEFER_ACCEPT {args.defer_accept} s, syncookies {args.syncookies}")
    print("kernel counters: " + ", ".join(f"{k.replace('TcpExt', '')} {v}" for k, v in counters.items() if v))
    print(f"{'client':>6} {'SYN at':>7} {'connected':>9} {'accepted':>9} {'accept - SYN':>12}")
    for i, r in enumerate(rows):
        acc = r["accepted"]
        conn = r["connected"]
        delay = "-" if acc is None else f"{acc - r['syn']:.3f}"
        print(f"{i:>6} {r['syn']:7.3f} {str(conn if conn is None else round(conn, 3)):>9} "
              f"{str(acc if acc is None else round(acc, 3)):>9} {delay:>12}")


if __name__ == "__main__":
    main()
