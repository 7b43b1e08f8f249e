#!/usr/bin/env python3
"""realserve.py: the untraced other end of a loopback connection for realcmds.cmake.

  realserve.py PORT ROLE -- COMPARE-COMMAND ...

Runs COMPARE-COMMAND (compare.py, which traces one end under strace, then under strc) while
this script plays the other end on 127.0.0.1:PORT:
  http     an HTTP server (http.server) giving one fixed answer to every GET, for a
           traced client;
  get      a client that fetches / from PORT over and over until the command ends, for a
           traced server that answers one request and exits; it connects from PORT+1, so
           the peer address the server prints is the same in both runs;
  echo     a TCP server that sends back what it receives, one connection at a time.
The ports are fixed so that both runs print the same addresses; a lock file per port keeps
cases of this and other checkouts running at the same time apart. The helper process is
ended, and waited for, before this script exits, whatever COMPARE-COMMAND did.
"""
import fcntl
import http.server
import os
import socket
import subprocess
import sys
import threading
import time


def http_server(port, stop):
    # One fixed answer in one send: a client reading it gets it whole, whatever the timing.
    class Fixed(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = b'hello\n'
            head = ('HTTP/1.0 200 OK\r\nServer: realserve\r\n'
                    'Date: Thu, 01 Jan 1970 00:00:00 GMT\r\n'
                    'Content-Type: text/plain\r\nContent-Length: %d\r\n'
                    'Last-Modified: Thu, 01 Jan 1970 00:00:00 GMT\r\n\r\n' % len(body))
            self.wfile.write(head.encode() + body)

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(('127.0.0.1', port), Fixed)
    server.timeout = 0.1
    while not stop.is_set():
        server.handle_request()
    server.server_close()


def echo_server(port, stop):
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(('127.0.0.1', port))
    s.listen(4)
    s.settimeout(0.1)
    while not stop.is_set():
        try:
            c, _ = s.accept()
        except socket.timeout:
            continue
        with c:
            c.settimeout(5)
            try:
                while True:
                    data = c.recv(4096)
                    if not data:
                        break
                    c.sendall(data)
            except OSError:
                pass
    s.close()


def getter(port, stop):
    while not stop.is_set():
        c = socket.socket()
        c.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            c.bind(('127.0.0.1', port + 1))
            c.connect(('127.0.0.1', port))
            c.settimeout(5)
            c.sendall(b'GET / HTTP/1.0\r\nHost: localhost\r\n\r\n')
            while c.recv(4096):
                pass
        except OSError:
            time.sleep(0.02)
        finally:
            c.close()


def wait_listening(port):
    for _ in range(200):
        try:
            socket.create_connection(('127.0.0.1', port), timeout=1).close()
            return True
        except OSError:
            time.sleep(0.02)
    return False


def main():
    argv = sys.argv[1:]
    if len(argv) < 4 or argv[2] != '--' or argv[1] not in ('http', 'get', 'echo'):
        sys.stderr.write(__doc__)
        return 2
    port, role, command = int(argv[0]), argv[1], argv[3:]
    lock = open('/tmp/strc-realserve-%d.lock' % port, 'w')
    fcntl.flock(lock, fcntl.LOCK_EX)
    stop = threading.Event()
    body = {'http': http_server, 'get': getter, 'echo': echo_server}[role]
    helper = threading.Thread(target=body, args=(port, stop), daemon=True)
    helper.start()
    try:
        if role != 'get' and not wait_listening(port):
            sys.stderr.write('realserve: nothing listens on port %d\n' % port)
            return 2
        return subprocess.run(command).returncode
    finally:
        stop.set()
        helper.join(10)


if __name__ == '__main__':
    sys.exit(main())
