"""Is a file on a network drive? WAL is unsafe on SMB/NFS, so SQLite falls back to a rollback journal there."""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "9p", "afs", "ncpfs", "davfs", "fuse.davfs2"}


def _mounts() -> list[tuple[str, str]]:
    try:
        with open("/proc/mounts", encoding="utf-8") as fh:
            return [(parts[1], parts[2]) for parts in (line.split() for line in fh) if len(parts) >= 3]
    except OSError:
        return []


def is_network_path(path: Path, mounts: list[tuple[str, str]] | None = None) -> bool:
    p = str(path.expanduser().resolve(strict=False))
    if sys.platform == "win32":
        if p.startswith("\\\\"):
            return True
        try:
            import ctypes

            return ctypes.windll.kernel32.GetDriveTypeW(os.path.splitdrive(p)[0] + "\\") == 4  # DRIVE_REMOTE
        except Exception:
            return False
    best, fstype = "", ""
    for mount, fs in mounts if mounts is not None else _mounts():
        if (p == mount or p.startswith(mount.rstrip("/") + "/")) and len(mount) > len(best):
            best, fstype = mount, fs
    return fstype in NETWORK_FS
