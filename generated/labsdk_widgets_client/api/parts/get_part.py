from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.part import Part
from ...types import Response


def _get_kwargs(
    widget_id: str,
    part_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/widgets/{widget_id}/parts/{part_id}".format(
            widget_id=quote(str(widget_id), safe=""),
            part_id=quote(str(part_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Part:
    if response.status_code == 200:
        response_200 = Part.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Part]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    widget_id: str,
    part_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | Part]:
    """
    Args:
        widget_id (str):
        part_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Part]
    """

    kwargs = _get_kwargs(
        widget_id=widget_id,
        part_id=part_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    widget_id: str,
    part_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | Part | None:
    """
    Args:
        widget_id (str):
        part_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Part
    """

    return sync_detailed(
        widget_id=widget_id,
        part_id=part_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    widget_id: str,
    part_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | Part]:
    """
    Args:
        widget_id (str):
        part_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Part]
    """

    kwargs = _get_kwargs(
        widget_id=widget_id,
        part_id=part_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    widget_id: str,
    part_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | Part | None:
    """
    Args:
        widget_id (str):
        part_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Part
    """

    return (
        await asyncio_detailed(
            widget_id=widget_id,
            part_id=part_id,
            client=client,
        )
    ).parsed
