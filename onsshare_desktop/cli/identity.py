"""Identity commands: ``identity create|show|export-cert|import-p12``, and how the CLI gets a key's passphrase.

A passphrase comes from ``--passphrase-file F`` (first line), else the OS keyring (secure backends only), else a
prompt when standard input is a terminal; otherwise the command stops with a message saying how to supply it.
The order is the services' one passphrase resolution (``services.identity.SigningKey``).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from onsshare_desktop.cli.context import CliContext, read_input_file, write_output_file
from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _

if TYPE_CHECKING:
    from onsshare_desktop.services.identity import UnlockedIdentity
    from onsshare_desktop.services.identity import IdentityService

MAX_PASSPHRASE_FILE_BYTES = 4096


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", metavar="F",
                        help=_("read the key's passphrase from the first line of F (for unattended use)"))


def read_passphrase_file(path: str) -> str:
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_PASSPHRASE_FILE_BYTES)
    except OSError as exc:
        raise UserError(_("cannot read the passphrase file {path}: {reason}").format(
            path=path, reason=exc.strerror)) from None
    lines = data.decode("utf-8", errors="strict").splitlines()
    return lines[0] if lines else ""


def unlock_identity(args: argparse.Namespace, ctx: CliContext) -> "UnlockedIdentity":
    """The unlocked signing identity, with the passphrase from the file, the keyring or a prompt."""
    from onsshare_desktop.services.errors import PassphraseNeededError

    key = ctx.services.identity.signing_key()
    owner = key.owner  # NoIdentityError first: no point asking for a passphrase
    supplied = read_passphrase_file(args.passphrase_file) if args.passphrase_file else None
    ask = None
    if sys.stdin.isatty():
        def ask(_retry: bool) -> str:
            return getpass.getpass(_("Passphrase for {name}'s signing key: ").format(name=owner))
    try:
        signer = key.unlock(ask, supplied=supplied, attempts=1)
    except PassphraseNeededError as err:
        if err.stale:
            raise UserError(_("The passphrase kept in the keyring no longer unlocks the signing key: pass "
                              "--passphrase-file F.")) from None
        raise UserError(_("The signing key's passphrase is needed: pass --passphrase-file F (it is not in a "
                          "secure keyring and there is no terminal to ask on).")) from None
    assert signer is not None  # getpass never cancels: it raises KeyboardInterrupt
    return signer


def _new_passphrase(args: argparse.Namespace, prompt: str) -> str:
    if args.passphrase_file:
        return read_passphrase_file(args.passphrase_file)
    if not sys.stdin.isatty():
        raise UserError(_("A passphrase is needed: pass --passphrase-file F (there is no terminal to ask on)."))
    first = getpass.getpass(prompt)
    if getpass.getpass(_("Repeat it: ")) != first:
        raise UserError(_("The two passphrases differ."))
    return first


def _remember(identity: "IdentityService", fingerprint: str, passphrase: str) -> None:
    """Keep the passphrase in the keyring when it is secure; otherwise say, in one line, that it will be asked for."""
    problem = identity.remember(fingerprint, passphrase)
    print(problem or _("The passphrase is kept in the system keyring."), file=sys.stderr)


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("identity", help=_("your signing identity (key and certificate)"))
    sub = p.add_subparsers(dest="identity_command", metavar="ACTION", required=True)

    c = sub.add_parser("create", help=_("create a signing key and certificate"))
    c.add_argument("--name", required=True, metavar="N", help=_("your name"))
    c.add_argument("--org", required=True, metavar="O", help=_("your organisation"))
    c.add_argument("--email", required=True, metavar="E", help=_("your e-mail address"))
    add_passphrase_option(c)
    c.set_defaults(handler=create)

    s = sub.add_parser("show", help=_("show who you sign as and your certificate's fingerprint"))
    s.set_defaults(handler=show)

    e = sub.add_parser("export-cert", help=_("write your certificate (PEM) to send to ONS"))
    e.add_argument("file", metavar="FILE")
    e.set_defaults(handler=export_cert)

    i = sub.add_parser("import-p12", help=_("import a key and certificate issued by your organisation (PKCS#12)"))
    i.add_argument("file", metavar="FILE")
    add_passphrase_option(i)
    i.set_defaults(handler=import_p12)

    d = sub.add_parser("decryption", help=_("(screener) the team's decryption identity, which opens packs "
                                            "encrypted to ONS (.p7m)"))
    dsub = d.add_subparsers(dest="decryption_command", metavar="ACTION", required=True)
    c = dsub.add_parser("create", help=_("create an RSA decryption key and certificate for the team"))
    c.add_argument("--name", required=True, metavar="N", help=_("who decrypts, e.g. the team's name"))
    c.add_argument("--org", default="Office for National Statistics", metavar="O", help=_("the organisation"))
    c.add_argument("--email", default="", metavar="E", help=_("the team's e-mail address"))
    add_passphrase_option(c)
    c.set_defaults(handler=decryption_create)
    s = dsub.add_parser("show", help=_("show the decryption certificate and where its passphrase is kept"))
    s.set_defaults(handler=decryption_show)
    e = dsub.add_parser("export-cert", help=_("write the decryption certificate (PEM) for requesters to encrypt to"))
    e.add_argument("file", metavar="FILE")
    e.set_defaults(handler=decryption_export_cert)
    i = dsub.add_parser("import-p12", help=_("import the team's decryption key and certificate (PKCS#12, RSA)"))
    i.add_argument("file", metavar="FILE")
    add_passphrase_option(i)
    i.set_defaults(handler=decryption_import_p12)


def _print_info(identity: "IdentityService") -> None:
    info = identity.info()
    cert = identity.certificate()
    print(_("Name:         {v}").format(v=info.name))
    print(_("Organisation: {v}").format(v=info.organisation or "-"))
    print(_("E-mail:       {v}").format(v=info.email or "-"))
    print(_("Fingerprint:  {v} (SHA-256)").format(v=info.display_fingerprint))
    print(_("Valid until:  {v}").format(v=cert.not_valid_after_utc.date().isoformat()))


def create(args: argparse.Namespace, ctx: CliContext, identity: "IdentityService | None" = None) -> int:
    identity = identity or ctx.services.identity
    identity.check_absent()
    passphrase = _new_passphrase(args, _("Choose a passphrase for the new key: "))
    ctx.paths.ensure()
    info = identity.create(args.name, args.org, args.email, passphrase)
    _remember(identity, info.fingerprint, passphrase)
    _print_info(identity)
    return 0


def show(args: argparse.Namespace, ctx: CliContext, identity: "IdentityService | None" = None) -> int:
    identity = identity or ctx.services.identity
    _print_info(identity)
    status = identity.keyring_status()
    if not status.secure:
        where = _("asked for at each signing (no secure keyring: {backend})").format(backend=status.backend)
    elif identity.remembers_passphrase():
        where = _("kept in the system keyring")
    else:
        where = _("asked for at each signing (not in the keyring)")
    print(_("Passphrase:   {v}").format(v=where))
    return 0


def export_cert(args: argparse.Namespace, ctx: CliContext, identity: "IdentityService | None" = None) -> int:
    identity = identity or ctx.services.identity
    pem = identity.certificate_pem()
    out = Path(args.file)
    write_output_file(out, pem)
    print(_("wrote {path} (fingerprint {fp})").format(path=out, fp=identity.info().display_fingerprint))
    return 0


def import_p12(args: argparse.Namespace, ctx: CliContext, identity: "IdentityService | None" = None) -> int:
    identity = identity or ctx.services.identity
    identity.check_absent()
    path = Path(args.file)
    data = read_input_file(path, identity.max_pkcs12_bytes)
    if args.passphrase_file:
        password = read_passphrase_file(args.passphrase_file)
    elif sys.stdin.isatty():
        password = getpass.getpass(_("Password of {file}: ").format(file=path.name))
    else:
        raise UserError(_("The PKCS#12 password is needed: pass --passphrase-file F."))
    ctx.paths.ensure()
    info = identity.import_pkcs12(data, password)
    _remember(identity, info.fingerprint, password)
    _print_info(identity)
    return 0


def decryption_create(args: argparse.Namespace, ctx: CliContext) -> int:
    return create(args, ctx, ctx.services.decryption)


def decryption_show(args: argparse.Namespace, ctx: CliContext) -> int:
    return show(args, ctx, ctx.services.decryption)


def decryption_export_cert(args: argparse.Namespace, ctx: CliContext) -> int:
    return export_cert(args, ctx, ctx.services.decryption)


def decryption_import_p12(args: argparse.Namespace, ctx: CliContext) -> int:
    return import_p12(args, ctx, ctx.services.decryption)
