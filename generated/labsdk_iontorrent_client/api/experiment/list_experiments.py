import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.experiment_list import ExperimentList
from ...models.experiment_order_by import ExperimentOrderBy
from ...models.tastypie_error import TastypieError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[ExperimentOrderBy] | Unset = UNSET,
    id: int | Unset = UNSET,
    id_in: list[int | str] | Unset = UNSET,
    exp_name: str | Unset = UNSET,
    exp_name_startswith: str | Unset = UNSET,
    display_name_icontains: str | Unset = UNSET,
    chip_type: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    pgm_name: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_in: list[str] | Unset = UNSET,
    ftp_status: str | Unset = UNSET,
    star: bool | Unset = UNSET,
    date_gte: datetime.date | Unset = UNSET,
    date_lt: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_order_by: list[str] | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = []
        for order_by_item_data in order_by:
            order_by_item = order_by_item_data.value
            json_order_by.append(order_by_item)

    params["order_by"] = json_order_by

    params["id"] = id

    json_id_in: list[int | str] | Unset = UNSET
    if not isinstance(id_in, Unset):
        json_id_in = []
        for id_in_item_data in id_in:
            id_in_item: int | str
            id_in_item = id_in_item_data
            json_id_in.append(id_in_item)

    params["id__in"] = json_id_in

    params["expName"] = exp_name

    params["expName__startswith"] = exp_name_startswith

    params["displayName__icontains"] = display_name_icontains

    params["chipType"] = chip_type

    params["platform"] = platform

    params["pgmName"] = pgm_name

    params["status"] = status

    json_status_in: list[str] | Unset = UNSET
    if not isinstance(status_in, Unset):
        json_status_in = status_in

    params["status__in"] = json_status_in

    params["ftpStatus"] = ftp_status

    params["star"] = star

    json_date_gte: str | Unset = UNSET
    if not isinstance(date_gte, Unset):
        json_date_gte = date_gte.isoformat()
    params["date__gte"] = json_date_gte

    json_date_lt: str | Unset = UNSET
    if not isinstance(date_lt, Unset):
        json_date_lt = date_lt.isoformat()
    params["date__lt"] = json_date_lt

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/experiment/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ExperimentList | TastypieError:
    if response.status_code == 200:
        response_200 = ExperimentList.from_dict(response.json())

        return response_200

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
) -> Response[Any | ExperimentList | TastypieError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[ExperimentOrderBy] | Unset = UNSET,
    id: int | Unset = UNSET,
    id_in: list[int | str] | Unset = UNSET,
    exp_name: str | Unset = UNSET,
    exp_name_startswith: str | Unset = UNSET,
    display_name_icontains: str | Unset = UNSET,
    chip_type: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    pgm_name: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_in: list[str] | Unset = UNSET,
    ftp_status: str | Unset = UNSET,
    star: bool | Unset = UNSET,
    date_gte: datetime.date | Unset = UNSET,
    date_lt: datetime.date | Unset = UNSET,
) -> Response[Any | ExperimentList | TastypieError]:
    """List runs (planned ones included)

     The server has no POST here (405); creating a plan creates its experiment.

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[ExperimentOrderBy] | Unset):
        id (int | Unset):
        id_in (list[int | str] | Unset):
        exp_name (str | Unset):
        exp_name_startswith (str | Unset):
        display_name_icontains (str | Unset):
        chip_type (str | Unset):
        platform (str | Unset):
        pgm_name (str | Unset):
        status (str | Unset):
        status_in (list[str] | Unset):
        ftp_status (str | Unset):
        star (bool | Unset):
        date_gte (datetime.date | Unset):
        date_lt (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ExperimentList | TastypieError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_by=order_by,
        id=id,
        id_in=id_in,
        exp_name=exp_name,
        exp_name_startswith=exp_name_startswith,
        display_name_icontains=display_name_icontains,
        chip_type=chip_type,
        platform=platform,
        pgm_name=pgm_name,
        status=status,
        status_in=status_in,
        ftp_status=ftp_status,
        star=star,
        date_gte=date_gte,
        date_lt=date_lt,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[ExperimentOrderBy] | Unset = UNSET,
    id: int | Unset = UNSET,
    id_in: list[int | str] | Unset = UNSET,
    exp_name: str | Unset = UNSET,
    exp_name_startswith: str | Unset = UNSET,
    display_name_icontains: str | Unset = UNSET,
    chip_type: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    pgm_name: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_in: list[str] | Unset = UNSET,
    ftp_status: str | Unset = UNSET,
    star: bool | Unset = UNSET,
    date_gte: datetime.date | Unset = UNSET,
    date_lt: datetime.date | Unset = UNSET,
) -> Any | ExperimentList | TastypieError | None:
    """List runs (planned ones included)

     The server has no POST here (405); creating a plan creates its experiment.

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[ExperimentOrderBy] | Unset):
        id (int | Unset):
        id_in (list[int | str] | Unset):
        exp_name (str | Unset):
        exp_name_startswith (str | Unset):
        display_name_icontains (str | Unset):
        chip_type (str | Unset):
        platform (str | Unset):
        pgm_name (str | Unset):
        status (str | Unset):
        status_in (list[str] | Unset):
        ftp_status (str | Unset):
        star (bool | Unset):
        date_gte (datetime.date | Unset):
        date_lt (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ExperimentList | TastypieError
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        order_by=order_by,
        id=id,
        id_in=id_in,
        exp_name=exp_name,
        exp_name_startswith=exp_name_startswith,
        display_name_icontains=display_name_icontains,
        chip_type=chip_type,
        platform=platform,
        pgm_name=pgm_name,
        status=status,
        status_in=status_in,
        ftp_status=ftp_status,
        star=star,
        date_gte=date_gte,
        date_lt=date_lt,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[ExperimentOrderBy] | Unset = UNSET,
    id: int | Unset = UNSET,
    id_in: list[int | str] | Unset = UNSET,
    exp_name: str | Unset = UNSET,
    exp_name_startswith: str | Unset = UNSET,
    display_name_icontains: str | Unset = UNSET,
    chip_type: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    pgm_name: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_in: list[str] | Unset = UNSET,
    ftp_status: str | Unset = UNSET,
    star: bool | Unset = UNSET,
    date_gte: datetime.date | Unset = UNSET,
    date_lt: datetime.date | Unset = UNSET,
) -> Response[Any | ExperimentList | TastypieError]:
    """List runs (planned ones included)

     The server has no POST here (405); creating a plan creates its experiment.

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[ExperimentOrderBy] | Unset):
        id (int | Unset):
        id_in (list[int | str] | Unset):
        exp_name (str | Unset):
        exp_name_startswith (str | Unset):
        display_name_icontains (str | Unset):
        chip_type (str | Unset):
        platform (str | Unset):
        pgm_name (str | Unset):
        status (str | Unset):
        status_in (list[str] | Unset):
        ftp_status (str | Unset):
        star (bool | Unset):
        date_gte (datetime.date | Unset):
        date_lt (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ExperimentList | TastypieError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_by=order_by,
        id=id,
        id_in=id_in,
        exp_name=exp_name,
        exp_name_startswith=exp_name_startswith,
        display_name_icontains=display_name_icontains,
        chip_type=chip_type,
        platform=platform,
        pgm_name=pgm_name,
        status=status,
        status_in=status_in,
        ftp_status=ftp_status,
        star=star,
        date_gte=date_gte,
        date_lt=date_lt,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[ExperimentOrderBy] | Unset = UNSET,
    id: int | Unset = UNSET,
    id_in: list[int | str] | Unset = UNSET,
    exp_name: str | Unset = UNSET,
    exp_name_startswith: str | Unset = UNSET,
    display_name_icontains: str | Unset = UNSET,
    chip_type: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    pgm_name: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_in: list[str] | Unset = UNSET,
    ftp_status: str | Unset = UNSET,
    star: bool | Unset = UNSET,
    date_gte: datetime.date | Unset = UNSET,
    date_lt: datetime.date | Unset = UNSET,
) -> Any | ExperimentList | TastypieError | None:
    """List runs (planned ones included)

     The server has no POST here (405); creating a plan creates its experiment.

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[ExperimentOrderBy] | Unset):
        id (int | Unset):
        id_in (list[int | str] | Unset):
        exp_name (str | Unset):
        exp_name_startswith (str | Unset):
        display_name_icontains (str | Unset):
        chip_type (str | Unset):
        platform (str | Unset):
        pgm_name (str | Unset):
        status (str | Unset):
        status_in (list[str] | Unset):
        ftp_status (str | Unset):
        star (bool | Unset):
        date_gte (datetime.date | Unset):
        date_lt (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ExperimentList | TastypieError
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            order_by=order_by,
            id=id,
            id_in=id_in,
            exp_name=exp_name,
            exp_name_startswith=exp_name_startswith,
            display_name_icontains=display_name_icontains,
            chip_type=chip_type,
            platform=platform,
            pgm_name=pgm_name,
            status=status,
            status_in=status_in,
            ftp_status=ftp_status,
            star=star,
            date_gte=date_gte,
            date_lt=date_lt,
        )
    ).parsed
