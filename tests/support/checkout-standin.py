#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A local stand-in for a Stripe-compatible Checkout API in the tests. It speaks the requests
CashCycle makes: POST /v1/checkout/sessions (form-encoded) answers a session with an id and a
url; GET /v1/events?type=checkout.session.completed&created[gt]=T lists completed sessions,
newest first, paged by limit and starting_after. The test "pays" a session with
POST /test/pay/SESSION_ID (the customer finishing the hosted page). Every /v1 request needs
"Authorization: Bearer KEY". Prints "ready PORT"; serves until stdin closes.

Usage: checkout-standin.py KEY"""
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse


def main():
    key = sys.argv[1]
    sessions, events = {}, []
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def answer(self, status, body):
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def authorized(self):
            if self.headers.get("Authorization") == f"Bearer {key}":
                return True
            self.answer(401, {"error": {"message": "Invalid API Key provided"}})
            return False

        def do_POST(self):
            form = parse_qs(self.rfile.read(int(self.headers.get("Content-Length", 0))).decode())
            path = urlparse(self.path).path
            with lock:
                if path.startswith("/test/pay/"):
                    session = sessions[path.rsplit("/", 1)[1]]
                    session["payment_status"] = "paid"
                    session["payment_intent"] = f"pi_{len(events) + 1}"
                    events.append({"id": f"evt_{len(events) + 1}", "type": "checkout.session.completed",
                                   "created": int(time.time()), "data": {"object": dict(session)}})
                    return self.answer(200, {"paid": session["id"]})
                if not self.authorized():
                    return None
                if path != "/v1/checkout/sessions":
                    return self.answer(404, {"error": {"message": f"no route {path}"}})
                field = lambda name: form.get(name, [""])[0]
                if field("mode") != "payment" or not field("line_items[0][price_data][unit_amount]").isdigit():
                    return self.answer(400, {"error": {"message": "mode and unit_amount are required"}})
                sid = f"cs_test_{len(sessions) + 1}"
                sessions[sid] = {"id": sid, "object": "checkout.session", "url": f"https://pay.example/c/{sid}",
                                 "client_reference_id": field("client_reference_id"),
                                 "currency": field("line_items[0][price_data][currency]"),
                                 "amount_total": int(field("line_items[0][price_data][unit_amount]")),
                                 "payment_status": "unpaid", "payment_intent": None}
                return self.answer(200, sessions[sid])

        def do_GET(self):
            if not self.authorized():
                return
            url = urlparse(self.path)
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            if url.path != "/v1/events":
                return self.answer(404, {"error": {"message": f"no route {url.path}"}})
            with lock:
                listed = [e for e in reversed(events) if e["type"] == query.get("type", e["type"])
                          and e["created"] > int(query.get("created[gt]", 0))]
            if "starting_after" in query:
                ids = [e["id"] for e in listed]
                listed = listed[ids.index(query["starting_after"]) + 1:]
            limit = int(query.get("limit", 10))
            self.answer(200, {"object": "list", "data": listed[:limit], "has_more": len(listed) > limit})

        def log_message(self, *_):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"ready {server.server_address[1]}", flush=True)
    sys.stdin.read()
    server.shutdown()


if __name__ == "__main__":
    main()
