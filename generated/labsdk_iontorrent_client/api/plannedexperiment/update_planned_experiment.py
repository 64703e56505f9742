from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.planned_experiment import PlannedExperiment
from ...models.planned_experiment_create import PlannedExperimentCreate
from ...models.tastypie_error import TastypieError
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: PlannedExperimentCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/plannedexperiment/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PlannedExperiment | TastypieError:
    if response.status_code == 200:
        response_200 = PlannedExperiment.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = PlannedExperiment.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = TastypieError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    response_default = cast(Any, None)
    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | PlannedExperiment | TastypieError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: PlannedExperimentCreate,
) -> Response[Any | PlannedExperiment | TastypieError]:
    """Replace a plan (Tastypie creates it, 201, when the id is unknown)

    Args:
        id (int):
        body (PlannedExperimentCreate): A new plan (or, PUT, a replacement). Required: `planName`;
            and unless `isReusable` (a template),
            `chipType`, `templatingKitName` and `sample` or `barcodedSamples`. Other fields the server
            knows may be
            sent too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PlannedExperiment | TastypieError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    body: PlannedExperimentCreate,
) -> Any | PlannedExperiment | TastypieError | None:
    """Replace a plan (Tastypie creates it, 201, when the id is unknown)

    Args:
        id (int):
        body (PlannedExperimentCreate): A new plan (or, PUT, a replacement). Required: `planName`;
            and unless `isReusable` (a template),
            `chipType`, `templatingKitName` and `sample` or `barcodedSamples`. Other fields the server
            knows may be
            sent too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PlannedExperiment | TastypieError
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: PlannedExperimentCreate,
) -> Response[Any | PlannedExperiment | TastypieError]:
    """Replace a plan (Tastypie creates it, 201, when the id is unknown)

    Args:
        id (int):
        body (PlannedExperimentCreate): A new plan (or, PUT, a replacement). Required: `planName`;
            and unless `isReusable` (a template),
            `chipType`, `templatingKitName` and `sample` or `barcodedSamples`. Other fields the server
            knows may be
            sent too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PlannedExperiment | TastypieError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: PlannedExperimentCreate,
) -> Any | PlannedExperiment | TastypieError | None:
    """Replace a plan (Tastypie creates it, 201, when the id is unknown)

    Args:
        id (int):
        body (PlannedExperimentCreate): A new plan (or, PUT, a replacement). Required: `planName`;
            and unless `isReusable` (a template),
            `chipType`, `templatingKitName` and `sample` or `barcodedSamples`. Other fields the server
            knows may be
            sent too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PlannedExperiment | TastypieError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
