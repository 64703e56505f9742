from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.planned_experiment import PlannedExperiment
from ...models.planned_experiment_create import PlannedExperimentCreate
from ...models.tastypie_error import TastypieError
from ...types import Response


def _get_kwargs(
    *,
    body: PlannedExperimentCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/plannedexperiment/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PlannedExperiment | TastypieError:
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
    *,
    client: AuthenticatedClient,
    body: PlannedExperimentCreate,
) -> Response[Any | PlannedExperiment | TastypieError]:
    """Plan a run (non-barcoded with `sample`, barcoded with `barcodeId` and `barcodedSamples`)

     Answers 201 with the new plan (`always_return_data`) and its `Location`. The server fills `id`,
    `planShortID` (5 characters of [A-Z0-9]), `planGUID`, `planStatus` (`planned`), `date`, `runType`
    (`GENS` when empty) and `experiment` (a planned run it creates), replaces whitespace in `planName`
    with `_` and keeps the name as given in `planDisplayedName`. Validation failures are 400 with
    `{"error": {"<field>": [...messages] or "message"}}`, field by field. [inferred] The server also
    checks `chipType` and `templatingKitName` against its installed chips and kits; the mock accepts any
    non-empty value.

    Args:
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
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PlannedExperimentCreate,
) -> Any | PlannedExperiment | TastypieError | None:
    """Plan a run (non-barcoded with `sample`, barcoded with `barcodeId` and `barcodedSamples`)

     Answers 201 with the new plan (`always_return_data`) and its `Location`. The server fills `id`,
    `planShortID` (5 characters of [A-Z0-9]), `planGUID`, `planStatus` (`planned`), `date`, `runType`
    (`GENS` when empty) and `experiment` (a planned run it creates), replaces whitespace in `planName`
    with `_` and keeps the name as given in `planDisplayedName`. Validation failures are 400 with
    `{"error": {"<field>": [...messages] or "message"}}`, field by field. [inferred] The server also
    checks `chipType` and `templatingKitName` against its installed chips and kits; the mock accepts any
    non-empty value.

    Args:
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
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PlannedExperimentCreate,
) -> Response[Any | PlannedExperiment | TastypieError]:
    """Plan a run (non-barcoded with `sample`, barcoded with `barcodeId` and `barcodedSamples`)

     Answers 201 with the new plan (`always_return_data`) and its `Location`. The server fills `id`,
    `planShortID` (5 characters of [A-Z0-9]), `planGUID`, `planStatus` (`planned`), `date`, `runType`
    (`GENS` when empty) and `experiment` (a planned run it creates), replaces whitespace in `planName`
    with `_` and keeps the name as given in `planDisplayedName`. Validation failures are 400 with
    `{"error": {"<field>": [...messages] or "message"}}`, field by field. [inferred] The server also
    checks `chipType` and `templatingKitName` against its installed chips and kits; the mock accepts any
    non-empty value.

    Args:
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
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PlannedExperimentCreate,
) -> Any | PlannedExperiment | TastypieError | None:
    """Plan a run (non-barcoded with `sample`, barcoded with `barcodeId` and `barcodedSamples`)

     Answers 201 with the new plan (`always_return_data`) and its `Location`. The server fills `id`,
    `planShortID` (5 characters of [A-Z0-9]), `planGUID`, `planStatus` (`planned`), `date`, `runType`
    (`GENS` when empty) and `experiment` (a planned run it creates), replaces whitespace in `planName`
    with `_` and keeps the name as given in `planDisplayedName`. Validation failures are 400 with
    `{"error": {"<field>": [...messages] or "message"}}`, field by field. [inferred] The server also
    checks `chipType` and `templatingKitName` against its installed chips and kits; the mock accepts any
    non-empty value.

    Args:
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
            client=client,
            body=body,
        )
    ).parsed
