"""SMTP catcher for tests (aiosmtpd handler).

Every accepted message is written verbatim to OUTDIR/<n>-<uuid>.eml, plus OUTDIR/<n>-<uuid>.json with the
envelope and the decoded headers/bodies, so tests in any language can assert on plain JSON.
Start (Debian's python3-aiosmtpd is importable only by /usr/bin/python3):
  PYTHONPATH=<dir of this file> /usr/bin/python3 -m aiosmtpd -n -u -l 127.0.0.1:2525 -c eml_sink.EmlSink <outdir>
"""
import email, itertools, json, os, uuid
from email import policy

class EmlSink:
    _counter = itertools.count(1)

    def __init__(self, outdir):
        self.outdir = outdir
        os.makedirs(outdir, exist_ok=True)

    @classmethod
    def from_cli(cls, parser, *args):
        if len(args) != 1:
            parser.error("EmlSink needs exactly one argument: output directory")
        return cls(args[0])

    @staticmethod
    def _part(msg, kind):
        part = msg.get_body(preferencelist=(kind,))
        return part.get_content() if part is not None else None

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        base = os.path.join(self.outdir, f"{next(self._counter):05d}-{uuid.uuid4().hex}")
        msg = email.message_from_bytes(raw, policy=policy.default)
        meta = {"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos,
                "peer": session.peer[0] if session.peer else None,
                "from": str(msg["From"] or ""), "to": str(msg["To"] or ""), "subject": str(msg["Subject"] or ""),
                "text": self._part(msg, "plain"), "html": self._part(msg, "html")}
        with open(base + ".json.tmp", "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False)
        with open(base + ".tmp", "wb") as f:
            f.write(raw)
        os.rename(base + ".json.tmp", base + ".json")
        os.rename(base + ".tmp", base + ".eml")   # readers poll for *.eml: once it exists, the .json exists too
        return "250 Message accepted for delivery"
