"""The offline package file formats: passphrase encryption (scrypt + AES-256-GCM) and Ed25519 signatures.

A file is: a magic line, a JSON header line (KDF parameters, salt, nonce), then the AES-GCM ciphertext of
the zlib-compressed JSON payload. The header is the AEAD's associated data, so changing any byte of the
file makes it unreadable rather than silently different.
"""

from __future__ import annotations

import base64
import json
import os
import zlib

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from panel_app.domain.errors import AlteredFile, Refused, UserFacingError
from panel_app.domain.texts import translate

PACKAGE_MAGIC = b"PANEL-PACKAGE/1\n"
RETURN_MAGIC = b"PANEL-RETURN/1\n"
SCRYPT = {"n": 2 ** 15, "r": 8, "p": 1}
PASSPHRASE_ENV = "PANEL_PACKAGE_PASSPHRASE"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def canonical(obj) -> bytes:
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def require_passphrase(passphrase: str | None) -> str:
    passphrase = passphrase or os.environ.get(PASSPHRASE_ENV) or ""
    if len(passphrase) < 8:
        raise UserFacingError(translate("Errors", "A package needs a passphrase of at least 8 characters."),
                              hint=translate("Errors", "Give --passphrase or set {passphrase_env}; hand it "
                                                       "over separately from the file (by phone, not in "
                                                       "the same e-mail).")
                                       .format(passphrase_env=PASSPHRASE_ENV))
    return passphrase


def _key(passphrase: str, salt: bytes, params: dict) -> bytes:
    return Scrypt(salt=salt, length=32, n=params["n"], r=params["r"], p=params["p"]).derive(passphrase.encode())


def seal(magic: bytes, payload: dict, passphrase: str) -> bytes:
    salt, nonce = os.urandom(16), os.urandom(12)
    header = json.dumps({"kdf": "scrypt", **SCRYPT, "salt": b64(salt), "nonce": b64(nonce),
                         "cipher": "AES-256-GCM"}, sort_keys=True).encode() + b"\n"
    body = zlib.compress(canonical(payload), 6)
    return magic + header + AESGCM(_key(passphrase, salt, SCRYPT)).encrypt(nonce, body, magic + header)


def unseal(magic: bytes, data: bytes, passphrase: str, what: str) -> dict:
    if not data.startswith(magic):
        if data.startswith(RETURN_MAGIC) or data.startswith(PACKAGE_MAGIC):
            other = (translate("Errors", "a member's return file") if data.startswith(RETURN_MAGIC) else
                     translate("Errors", "a member package"))
            raise Refused(translate("Errors", "This is not a {what}: it is {other}.").format(what=what, other=other))
        raise Refused(translate("Errors", "This is not a {what}: it is not a panel_app file.").format(what=what))
    rest = data[len(magic):]
    line_end = rest.find(b"\n")
    try:
        header = json.loads(rest[:line_end + 1])
        params = {k: int(header[k]) for k in ("n", "r", "p")}
        if header.get("kdf") != "scrypt" or params["n"] > 2 ** 20:
            raise ValueError("unknown key derivation")
        key = _key(passphrase, unb64(header["salt"]), params)
        plain = AESGCM(key).decrypt(unb64(header["nonce"]), rest[line_end + 1:], magic + rest[:line_end + 1])
        return json.loads(zlib.decompress(plain))
    except InvalidTag:
        raise AlteredFile(translate("Errors", "The {what} cannot be opened: wrong passphrase, or the file "
                                              "was altered or damaged.").format(what=what),
                          hint=translate("Errors", "Check the passphrase; if it is right, ask for the file "
                                                   "again.")) from None
    except (ValueError, KeyError, TypeError, zlib.error):
        raise AlteredFile(translate("Errors", "The {what} is damaged (its header cannot be read).")
                              .format(what=what),
                          hint=translate("Errors", "Ask for the file again.")) from None


def new_key_pair() -> tuple[str, str]:
    """(private key PEM, public key PEM) of a fresh Ed25519 key pair."""
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    public = key.public_key().public_bytes(serialization.Encoding.PEM,
                                           serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    return private, public


def public_of(private_pem: str) -> str:
    key = serialization.load_pem_private_key(private_pem.encode(), password=None)
    return key.public_key().public_bytes(serialization.Encoding.PEM,
                                         serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def protect_private_key(private_pem: str, passphrase: str) -> str:
    key = serialization.load_pem_private_key(private_pem.encode(), password=None)
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.BestAvailableEncryption(passphrase.encode())).decode()


def sign(body: dict, protected_pem: str, passphrase: str) -> str:
    try:
        key = serialization.load_pem_private_key(protected_pem.encode(), password=passphrase.encode())
    except ValueError:
        raise Refused(translate("Errors", "Wrong passphrase: it is the one the package was opened with.")) from None
    assert isinstance(key, Ed25519PrivateKey)
    return b64(key.sign(canonical(body)))


def verify(body: dict, signature: str, public_pem: str) -> bool:
    key = serialization.load_pem_public_key(public_pem.encode())
    if not isinstance(key, Ed25519PublicKey):
        return False
    try:
        key.verify(unb64(signature), canonical(body))
    except (InvalidSignature, ValueError):
        return False
    return True
