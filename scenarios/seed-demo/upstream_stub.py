# The third party of the upstream cases: answers every request after DELAY seconds (default 1),
# one asyncio loop, one connection per call (it closes after answering). Its listen backlog is
# large enough that it never refuses: what is measured is the server in front of it.
#   python3 upstream_stub.py [PORT] [DELAY]
import asyncio
import sys

PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 9000
DELAY = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
BODY = b"ok"
RESPONSE = (b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n"
            % len(BODY)) + BODY


async def handle(reader, writer):
    try:
        await reader.readuntil(b"\r\n\r\n")
        await asyncio.sleep(DELAY)
        writer.write(RESPONSE)
        await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", PORT, backlog=4096)
    async with server:
        await server.serve_forever()


asyncio.run(main())
