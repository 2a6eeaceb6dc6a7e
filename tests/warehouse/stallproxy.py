#!/usr/bin/env python3
"""A loopback TCP proxy for the warehouse fault tests (tests/warehouse/stallproxy.h).

    stallproxy.py TARGET_PORT

Listens on a free 127.0.0.1 port, prints it, and forwards every connection to
127.0.0.1:TARGET_PORT. The test freezes the "network" by pausing this process
(SIGSTOP): the connections stay open and the kernel still acknowledges what was
sent, but nothing more crosses — what a dead network or a frozen middlebox looks
like to a client. It exits when its standard input closes, and is killed with its
parent (PR_SET_PDEATHSIG), so a test that dies leaves nothing behind.
"""
import ctypes
import signal
import socket
import sys
import threading

try:
    ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
except (OSError, AttributeError):
    pass

target = int(sys.argv[1])
server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", 0))
server.listen(64)
print(server.getsockname()[1], flush=True)


def pipe(source, sink):
    try:
        while True:
            data = source.recv(65536)
            if not data:
                break
            sink.sendall(data)
    except OSError:
        pass
    finally:
        for s in (source, sink):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def accept():
    while True:
        client, _ = server.accept()
        try:
            upstream = socket.create_connection(("127.0.0.1", target))
        except OSError:
            client.close()
            continue
        threading.Thread(target=pipe, args=(client, upstream), daemon=True).start()
        threading.Thread(target=pipe, args=(upstream, client), daemon=True).start()


threading.Thread(target=accept, daemon=True).start()
sys.stdin.read()
