from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.volume import Volume
from ...models.volume_update import VolumeUpdate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    volume_owner: str,
    volume_name: str,
    *,
    body: VolumeUpdate,
    force: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["force"] = force

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/storage/volumes/{volume_owner}/{volume_name}".format(
            volume_owner=quote(str(volume_owner), safe=""),
            volume_name=quote(str(volume_name), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Volume:
    if response.status_code == 200:
        response_200 = Volume.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Volume]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    volume_owner: str,
    volume_name: str,
    *,
    client: AuthenticatedClient,
    body: VolumeUpdate,
    force: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Error | Volume]:
    """Change a volume's description, access mode, credentials or properties, or (de)activate it

     `service` is merged into the volume's. A volume with imports or exports still running can only be
    deactivated with `force=true` (they then fail); otherwise 409.

    Args:
        volume_owner (str): A username, or a project's or app's short name: letters, digits, `_`,
            `-` and `.`.
        volume_name (str): A volume name: up to 32 letters, digits and single underscores.
        force (bool | Unset):
        fields (str | Unset):
        body (VolumeUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Volume]
    """

    kwargs = _get_kwargs(
        volume_owner=volume_owner,
        volume_name=volume_name,
        body=body,
        force=force,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    volume_owner: str,
    volume_name: str,
    *,
    client: AuthenticatedClient,
    body: VolumeUpdate,
    force: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Error | Volume | None:
    """Change a volume's description, access mode, credentials or properties, or (de)activate it

     `service` is merged into the volume's. A volume with imports or exports still running can only be
    deactivated with `force=true` (they then fail); otherwise 409.

    Args:
        volume_owner (str): A username, or a project's or app's short name: letters, digits, `_`,
            `-` and `.`.
        volume_name (str): A volume name: up to 32 letters, digits and single underscores.
        force (bool | Unset):
        fields (str | Unset):
        body (VolumeUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Volume
    """

    return sync_detailed(
        volume_owner=volume_owner,
        volume_name=volume_name,
        client=client,
        body=body,
        force=force,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    volume_owner: str,
    volume_name: str,
    *,
    client: AuthenticatedClient,
    body: VolumeUpdate,
    force: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Error | Volume]:
    """Change a volume's description, access mode, credentials or properties, or (de)activate it

     `service` is merged into the volume's. A volume with imports or exports still running can only be
    deactivated with `force=true` (they then fail); otherwise 409.

    Args:
        volume_owner (str): A username, or a project's or app's short name: letters, digits, `_`,
            `-` and `.`.
        volume_name (str): A volume name: up to 32 letters, digits and single underscores.
        force (bool | Unset):
        fields (str | Unset):
        body (VolumeUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Volume]
    """

    kwargs = _get_kwargs(
        volume_owner=volume_owner,
        volume_name=volume_name,
        body=body,
        force=force,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    volume_owner: str,
    volume_name: str,
    *,
    client: AuthenticatedClient,
    body: VolumeUpdate,
    force: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Error | Volume | None:
    """Change a volume's description, access mode, credentials or properties, or (de)activate it

     `service` is merged into the volume's. A volume with imports or exports still running can only be
    deactivated with `force=true` (they then fail); otherwise 409.

    Args:
        volume_owner (str): A username, or a project's or app's short name: letters, digits, `_`,
            `-` and `.`.
        volume_name (str): A volume name: up to 32 letters, digits and single underscores.
        force (bool | Unset):
        fields (str | Unset):
        body (VolumeUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Volume
    """

    return (
        await asyncio_detailed(
            volume_owner=volume_owner,
            volume_name=volume_name,
            client=client,
            body=body,
            force=force,
            fields=fields,
        )
    ).parsed
