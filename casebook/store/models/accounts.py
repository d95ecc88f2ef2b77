"""Accounts of an office database: who may sign in, with which role (passwords only as scrypt hashes)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Integer, LargeBinary, String, true
from sqlalchemy.orm import Mapped, mapped_column

from casebook.domain.roles import Role
from casebook.store.models.base import Base, enum_column


class Account(Base):
    __tablename__ = "account"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)  # what the clerk types to sign in
    # the name as sign-in compares it (casebook.domain.names.name_key): ＺＨＡＯ and zhao are one account
    name_key: Mapped[str] = mapped_column(String(80), index=True, unique=True)
    full_name: Mapped[str] = mapped_column(String(80), default="")
    role: Mapped[Role] = mapped_column(enum_column(Role, length=16))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    # hashlib.scrypt(password, salt=salt, n=scrypt_n, r=scrypt_r, p=scrypt_p); the salt is per account.
    password_hash: Mapped[bytes] = mapped_column(LargeBinary(64))
    salt: Mapped[bytes] = mapped_column(LargeBinary(32))
    scrypt_n: Mapped[int] = mapped_column(Integer)
    scrypt_r: Mapped[int] = mapped_column(Integer)
    scrypt_p: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(80))
    last_sign_in: Mapped[datetime | None] = mapped_column(DateTime)
