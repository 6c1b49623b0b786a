#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A real SMTP server on loopback for the tests (Debian's python3-aiosmtpd): saves every
message it accepts as an .eml file, optionally demands AUTH and offers STARTTLS. Prints
"ready PORT" once it listens, then serves until its stdin closes or it is terminated.

Usage: smtp-server.py DIR [--user U --password P] [--cert CERT --key KEY]
       smtp-server.py --parse FILE.eml OUTDIR   prints the message as JSON, attachments saved"""
import argparse
import email
import json
from email import policy
import socket
import ssl
import sys
import uuid
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class SaveToDirectory:
    def __init__(self, directory):
        self.directory = Path(directory)

    async def handle_DATA(self, server, session, envelope):
        name = self.directory / f"{uuid.uuid4()}.eml"
        recipients = "".join(f"X-Envelope-To: {r}\r\n" for r in envelope.rcpt_tos)
        name.write_bytes(f"X-Envelope-From: {envelope.mail_from}\r\n{recipients}".encode() + envelope.content)
        return "250 Message accepted for delivery"


def parse(eml, out_dir):
    message = email.message_from_bytes(Path(eml).read_bytes(), policy=policy.default)
    attachments = []
    for part in message.iter_attachments():
        target = Path(out_dir) / part.get_filename()
        target.write_bytes(part.get_payload(decode=True))
        attachments.append({"filename": part.get_filename(), "content_type": part.get_content_type(),
                            "path": str(target)})
    body = message.get_body(("plain",))
    print(json.dumps({
        "envelope_to": message.get_all("X-Envelope-To", []),
        "from": str(message["From"]), "to": str(message["To"]), "subject": str(message["Subject"]),
        "message_id": str(message["Message-ID"]),
        "body": body.get_content() if body else "", "attachments": attachments}))


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--parse":
        return parse(sys.argv[2], sys.argv[3])
    parser = argparse.ArgumentParser()
    parser.add_argument("directory")
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--cert")
    parser.add_argument("--key")
    args = parser.parse_args()

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == args.user \
            and auth_data.password.decode() == args.password
        return AuthResult(success=ok, handled=False)  # handled=False: the server answers 535

    options = {}
    if args.cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)
        options.update(tls_context=context, require_starttls=True)
    if args.user:
        options.update(authenticator=authenticate, auth_required=True, auth_require_tls=bool(args.cert))
    controller = Controller(SaveToDirectory(args.directory), hostname="127.0.0.1", port=port,
                            server_hostname="localhost", **options)
    controller.start()
    print(f"ready {port}", flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
