"""Errors a clerk can read: each names the case (when there is one) and the rule that said no."""

from __future__ import annotations

from typing import Any

from casebook.domain.roles import Permission, Role
from casebook.i18n import noop, translate


class CasebookError(Exception):
    """Base of every error the program expects; its message is translated when read."""

    def __init__(self, template: str, **params: Any) -> None:
        super().__init__(template)
        self.template = template
        self.params = params

    @property
    def message(self) -> str:
        return translate("Rule", self.template).format(**self.params)

    def __str__(self) -> str:
        return self.message


class RuleViolation(CasebookError):
    """A workflow step the rules forbid. Nothing has been written when it is raised."""

    def __init__(self, rule: str, template: str, case: str | None = None, **params: Any) -> None:
        super().__init__(template, **params)
        self.rule = rule
        self.case = case

    @property
    def message(self) -> str:
        text = super().message
        if self.case is None:
            return text
        return translate("Rule", noop("Rule", "Case {case}: {text}")).format(case=self.case, text=text)


class NotFound(CasebookError):
    """A record that was asked for by id or name does not exist."""


class StaleVersion(CasebookError):
    """A save based on a version of the case that someone else has changed since."""

    def __init__(self, template: str, **params: Any) -> None:
        super().__init__(template, **params)


class Forbidden(CasebookError):
    """An action the signed-in user's role does not allow. Nothing has been written when it is raised."""

    def __init__(self, user: str, role: Role, permission: Permission) -> None:
        super().__init__(noop("Rule", "{user} ({role}) may not {permission}; ask an administrator."))
        self.user = user
        self.role = role
        self.permission = permission

    @property
    def message(self) -> str:
        return translate("Rule", self.template).format(
            user=self.user, role=self.role.label, permission=self.permission.label
        )


class NotSignedIn(CasebookError):
    """This database has accounts and nobody has signed in yet."""


class SignInFailed(CasebookError):
    """A wrong user name or password (the message never says which)."""
