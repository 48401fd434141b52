"""Queries on exported offline packages and merged return files."""

from __future__ import annotations

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from .models import OfflinePackage, PackageReturn


def select_returns(package_id: str) -> Select:
    return select(PackageReturn).where(PackageReturn.package_id == package_id).order_by(PackageReturn.merged_at)


def latest_package(s: Session, member_id: int) -> OfflinePackage | None:
    return s.scalars(select(OfflinePackage).where(OfflinePackage.member_id == member_id)
                     .order_by(OfflinePackage.exported_at.desc()).limit(1)).first()
