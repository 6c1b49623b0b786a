#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A local HTTP receiver standing in for an SMS gateway in the tests: saves every POST (path,
headers, JSON body) as a numbered .json file and answers {"id": "sms-N"}; answers 401 when a
token is required and missing. Prints "ready PORT"; serves until stdin closes.

Usage: http-receiver.py DIR [--token T]"""
import argparse
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("directory")
    parser.add_argument("--token")
    args = parser.parse_args()
    counter = {"n": 0}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            if args.token and self.headers.get("Authorization") != f"Bearer {args.token}":
                self.send_response(401)
                self.end_headers()
                self.wfile.write(b'{"error": "bad token"}')
                return
            counter["n"] += 1
            record = {"path": self.path, "content_type": self.headers.get("Content-Type"),
                      "body": json.loads(body)}
            Path(args.directory, f"{counter['n']:04}.json").write_text(json.dumps(record))
            self.send_response(201)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(json.dumps({"id": f"sms-{counter['n']}"}).encode())

        def log_message(self, *_):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"ready {server.server_address[1]}", flush=True)
    sys.stdin.read()
    server.shutdown()


if __name__ == "__main__":
    main()
