"""``AsyncSevenBridges``: the client, its credentials, users, rate limit, projects and members; files, storage,
apps, tasks and billing are its mixins' (``files.py``, ``storage.py``, ``apps.py``, ``tasks.py``, ``billing.py``)."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import Any, Unpack

import httpx

from labsdk_sevenbridges_client.api.general import get_rate_limit
from labsdk_sevenbridges_client.api.projects import (
    add_project_member,
    create_project,
    delete_project,
    get_project,
    get_project_member,
    remove_project_member,
    update_member_permissions,
    update_project,
)
from labsdk_sevenbridges_client.api.users import get_current_user, get_user
from labsdk_sevenbridges_client.models import Member, MemberCreate, Permissions, Project, RateLimit, User

from ..._async import AsyncItemPaged
from ..._base import ClientOptions
from .._common import (
    DEFAULT_CONCURRENCY,
    Deployment,
    Fields,
    _Common,
    _fields,
    _permissions,
    _project_create,
    _project_filters,
    _project_path,
    _project_update,
    _unset,
    resolve_credentials,
)
from .apps import AsyncAppsApi
from .billing import AsyncBillingApi
from .files import AsyncFilesApi
from .storage import AsyncStorageApi
from .tasks import AsyncTasksApi

__all__ = ["AsyncSevenBridges"]


class AsyncSevenBridges(_Common, AsyncFilesApi, AsyncStorageApi, AsyncAppsApi, AsyncTasksApi, AsyncBillingApi):
    """Seven Bridges Platform API v2. ``SevenBridges()`` finds the token as sevenbridges-python does (see the
    package docstring); ``deployment="cavatica"`` (``us``, ``eu``, ``cgc``) picks a deployment; ``base_url=`` a mock:
    ``base_url="http://127.0.0.1:8000/v2"``. ``client.request(method, path)`` reaches any endpoint this client does not
    wrap, with its credential, retries and errors."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        deployment: Deployment | None = None,
        profile: str | None = None,
        credentials_file: str | os.PathLike[str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        token, url = resolve_credentials(
            api_key, base_url, deployment=deployment, profile=profile, credentials_file=credentials_file
        )
        super().__init__(token, base_url=url, transport=transport, **options)
        self._storage: httpx.AsyncClient | None = None

    async def aclose(self) -> None:
        await super().aclose()
        if self._storage is not None:
            await self._storage.aclose()

    async def get_user(self, username: str | None = None, *, fields: Fields = None) -> User:
        """The token's user (``GET /user``), or a user by name (only your own is visible)."""
        if username is None:
            return await self._call(get_current_user.asyncio_detailed, expect=User, fields=_fields(fields, "User"))
        return await self._call(get_user.asyncio_detailed, username, expect=User, fields=_fields(fields, "User"))

    async def rate_limit(self) -> RateLimit:
        """The token's rate limit and what is left of it."""
        return await self._call(get_rate_limit.asyncio_detailed, expect=RateLimit)

    def list_projects(
        self,
        *,
        owner: str | None = None,
        name: str | None = None,
        category: str | None = None,
        tags: Sequence[str] | None = None,
        fields: Fields = None,
        page_size: int | None = None,
        max_items: int | None = None,
        continuation_token: str | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> AsyncItemPaged[Project]:
        """The projects you are a member of (of one ``owner``), by part of the name, category and tags."""
        return self._paged(
            "listOwnerProjects" if owner else "listProjects",
            Project,
            page_size=page_size,
            max_items=max_items,
            continuation_token=continuation_token,
            concurrency=concurrency,
            **_project_filters(owner, name, category, tags, fields),
        )

    async def get_project(self, project_id: str, *, fields: Fields = None) -> Project:
        return await self._call(
            get_project.asyncio_detailed, *_project_path(project_id), expect=Project, fields=_fields(fields, "Project")
        )

    async def create_project(
        self,
        name: str,
        *,
        billing_group: str | None = None,
        description: str | None = None,
        tags: Sequence[str] | None = None,
        settings: Mapping[str, Any] | None = None,
    ) -> Project:
        """Create a project; its id is ``<you>/<short name derived from name>`` (``_1`` appended on a clash)."""
        body = _project_create(name, billing_group, description, tags, settings)
        return await self._call(create_project.asyncio_detailed, body=body, expect=Project)

    async def update_project(
        self,
        project_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        billing_group: str | None = None,
        tags: Sequence[str] | None = None,
    ) -> Project:
        body = _project_update(name, description, billing_group, tags)
        return await self._call(update_project.asyncio_detailed, *_project_path(project_id), body=body, expect=Project)

    async def delete_project(self, project_id: str) -> None:
        await self._call(delete_project.asyncio_detailed, *_project_path(project_id), expect=type(None))

    def list_members(self, project_id: str, *, page_size: int | None = None) -> AsyncItemPaged[Member]:
        owner, short = _project_path(project_id)
        return self._paged(
            "listProjectMembers",
            Member,
            page_size=page_size,
            max_items=None,
            continuation_token=None,
            owner=owner,
            project=short,
        )

    async def add_member(
        self,
        project_id: str,
        username: str | None = None,
        *,
        email: str | None = None,
        permissions: Mapping[str, bool] | None = None,
    ) -> Member:
        """Add a member by ``username`` or ``email``; ``read`` is always granted, ``admin`` implies the rest."""
        body = MemberCreate(username=_unset(username), email=_unset(email), permissions=_permissions(permissions))
        return await self._call(
            add_project_member.asyncio_detailed, *_project_path(project_id), body=body, expect=Member
        )

    async def get_member(self, project_id: str, username: str) -> Member:
        return await self._call(
            get_project_member.asyncio_detailed, *_project_path(project_id), username, expect=Member
        )

    async def set_permissions(self, project_id: str, username: str, **permissions: bool) -> Permissions:
        """Change some of a member's permissions (``write=True, execute=False``); returns them all."""
        body = Permissions.from_dict(permissions)
        return await self._call(
            update_member_permissions.asyncio_detailed,
            *_project_path(project_id),
            username,
            body=body,
            expect=Permissions,
        )

    async def remove_member(self, project_id: str, username: str) -> None:
        await self._call(
            remove_project_member.asyncio_detailed, *_project_path(project_id), username, expect=type(None)
        )
