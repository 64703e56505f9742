from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/datasets/{id}/download".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | str:
    if response.status_code == 200:
        response_200 = cast(str, response.json())
        return response_200

    if response.status_code == 307:
        response_307 = Error.from_dict(response.json())

        return response_307

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | str]:
    """A signed URL of the dataset's CSV, as a bare JSON string

     The body is a JSON string (the official client reads it so). A dataset kept in external storage
    answers
    307 `Redirect` instead, with the signed URL in `Location` ("[inferred]": the client declares the
    Redirect error and follows redirects by default; the mock's `ds_9d538f5` is such a dataset).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Error | str | None:
    """A signed URL of the dataset's CSV, as a bare JSON string

     The body is a JSON string (the official client reads it so). A dataset kept in external storage
    answers
    307 `Redirect` instead, with the signed URL in `Location` ("[inferred]": the client declares the
    Redirect error and follows redirects by default; the mock's `ds_9d538f5` is such a dataset).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | str]:
    """A signed URL of the dataset's CSV, as a bare JSON string

     The body is a JSON string (the official client reads it so). A dataset kept in external storage
    answers
    307 `Redirect` instead, with the signed URL in `Location` ("[inferred]": the client declares the
    Redirect error and follows redirects by default; the mock's `ds_9d538f5` is such a dataset).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Error | str | None:
    """A signed URL of the dataset's CSV, as a bare JSON string

     The body is a JSON string (the official client reads it so). A dataset kept in external storage
    answers
    307 `Redirect` instead, with the signed URL in `Location` ("[inferred]": the client declares the
    Redirect error and follows redirects by default; the mock's `ds_9d538f5` is such a dataset).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
