from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.cwl import Cwl
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    owner: str,
    project: str,
    app_name: str,
    revision: int,
    *,
    body: Cwl,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/apps/{owner}/{project}/{app_name}/{revision}/raw".format(
            owner=quote(str(owner), safe=""),
            project=quote(str(project), safe=""),
            app_name=quote(str(app_name), safe=""),
            revision=quote(str(revision), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Cwl | Error:
    if response.status_code == 200:
        response_200 = Cwl.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Cwl | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    owner: str,
    project: str,
    app_name: str,
    revision: int,
    *,
    client: AuthenticatedClient,
    body: Cwl,
) -> Response[Cwl | Error]:
    """Add a revision to an app from its new CWL

     `revision` must be the next one (the latest plus one), else 409 (6003 when it exists; [inferred] a
    gap is a
    409 too). `sbg:revisionNotes` in the CWL are kept as the revision's notes.

    Args:
        owner (str): A username, or a project's or app's short name: letters, digits, `_`, `-` and
            `.`.
        project (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        app_name (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        revision (int):
        body (Cwl): A CWL process (its other properties pass through as they are); the platform's
            answers add `sbg:id`,
            `sbg:revision`, `sbg:latestRevision`, `sbg:revisionsInfo`, `sbg:project`, `sbg:createdBy`,
            ...

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Cwl | Error]
    """

    kwargs = _get_kwargs(
        owner=owner,
        project=project,
        app_name=app_name,
        revision=revision,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    owner: str,
    project: str,
    app_name: str,
    revision: int,
    *,
    client: AuthenticatedClient,
    body: Cwl,
) -> Cwl | Error | None:
    """Add a revision to an app from its new CWL

     `revision` must be the next one (the latest plus one), else 409 (6003 when it exists; [inferred] a
    gap is a
    409 too). `sbg:revisionNotes` in the CWL are kept as the revision's notes.

    Args:
        owner (str): A username, or a project's or app's short name: letters, digits, `_`, `-` and
            `.`.
        project (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        app_name (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        revision (int):
        body (Cwl): A CWL process (its other properties pass through as they are); the platform's
            answers add `sbg:id`,
            `sbg:revision`, `sbg:latestRevision`, `sbg:revisionsInfo`, `sbg:project`, `sbg:createdBy`,
            ...

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Cwl | Error
    """

    return sync_detailed(
        owner=owner,
        project=project,
        app_name=app_name,
        revision=revision,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    owner: str,
    project: str,
    app_name: str,
    revision: int,
    *,
    client: AuthenticatedClient,
    body: Cwl,
) -> Response[Cwl | Error]:
    """Add a revision to an app from its new CWL

     `revision` must be the next one (the latest plus one), else 409 (6003 when it exists; [inferred] a
    gap is a
    409 too). `sbg:revisionNotes` in the CWL are kept as the revision's notes.

    Args:
        owner (str): A username, or a project's or app's short name: letters, digits, `_`, `-` and
            `.`.
        project (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        app_name (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        revision (int):
        body (Cwl): A CWL process (its other properties pass through as they are); the platform's
            answers add `sbg:id`,
            `sbg:revision`, `sbg:latestRevision`, `sbg:revisionsInfo`, `sbg:project`, `sbg:createdBy`,
            ...

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Cwl | Error]
    """

    kwargs = _get_kwargs(
        owner=owner,
        project=project,
        app_name=app_name,
        revision=revision,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner: str,
    project: str,
    app_name: str,
    revision: int,
    *,
    client: AuthenticatedClient,
    body: Cwl,
) -> Cwl | Error | None:
    """Add a revision to an app from its new CWL

     `revision` must be the next one (the latest plus one), else 409 (6003 when it exists; [inferred] a
    gap is a
    409 too). `sbg:revisionNotes` in the CWL are kept as the revision's notes.

    Args:
        owner (str): A username, or a project's or app's short name: letters, digits, `_`, `-` and
            `.`.
        project (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        app_name (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        revision (int):
        body (Cwl): A CWL process (its other properties pass through as they are); the platform's
            answers add `sbg:id`,
            `sbg:revision`, `sbg:latestRevision`, `sbg:revisionsInfo`, `sbg:project`, `sbg:createdBy`,
            ...

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Cwl | Error
    """

    return (
        await asyncio_detailed(
            owner=owner,
            project=project,
            app_name=app_name,
            revision=revision,
            client=client,
            body=body,
        )
    ).parsed
