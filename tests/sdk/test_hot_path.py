"""What makes a listing cheap must not change what it answers: the generated models' ``from_dict`` (made without the
attrs ``__init__``), and the parsed body a response no longer keeps once it has been read.

(The speed itself is measured in ``make bench``: ``python tools/bench/goals.py --only listing``.)"""

from __future__ import annotations

import datetime

import httpx
import pytest

from labsdk._retry import PARSED_JSON
from labsdk.sphinx import Sphinx
from labsdk_sevenbridges_client.models.file import File
from labsdk_sevenbridges_client.models.file_kind import FileKind
from labsdk_sevenbridges_client.types import UNSET as SB_UNSET
from labsdk_sphinx_client.models.creator import Creator
from labsdk_sphinx_client.models.dataset import Dataset
from labsdk_sphinx_client.types import UNSET

from ..harness import Waits
from .sphinx_support import API_KEY, token_listing
from .support import FakeApi, fake_client

# -- generated models ---------------------------------------------------------------------------------------------

DATASET = {
    "id": "ds_1",
    "name": "Plate 1",
    "campaignId": "camp_1",
    "creator": {"id": "user_1", "email": "ada@example.com", "team": "screening"},
    "tags": ["primary"],
    "createdAt": "2024-01-22T14:00:00.000Z",
    "updatedAt": "2024-01-22T17:52:00+01:00",
    "elnLink": None,
    "rowCount": 96,
}


def test_from_dict_builds_what_the_constructor_builds() -> None:
    made = Dataset.from_dict(DATASET)
    creator = Creator(id="user_1", email="ada@example.com")
    creator.additional_properties = {"team": "screening"}
    expected = Dataset(
        id="ds_1",
        name="Plate 1",
        campaign_id="camp_1",
        creator=creator,
        tags=["primary"],
        created_at=datetime.datetime(2024, 1, 22, 14, 0, tzinfo=datetime.UTC),
        updated_at=datetime.datetime(2024, 1, 22, 17, 52, tzinfo=datetime.timezone(datetime.timedelta(hours=1))),
        eln_link=None,
    )
    expected.additional_properties = {"rowCount": 96}
    assert made == expected
    assert repr(made) == repr(expected)
    assert made.description is UNSET  # absent optional fields are set, to UNSET
    assert made.mimetype is UNSET
    assert made.to_dict() == {**DATASET, "createdAt": "2024-01-22T14:00:00+00:00"}
    assert DATASET["creator"] == {"id": "user_1", "email": "ada@example.com", "team": "screening"}  # input intact


def test_from_dict_reads_enums_and_keeps_unknown_values() -> None:
    base = {"href": "https://api/files/f1", "id": "f1"}
    assert File.from_dict({**base, "type": "folder"}).type_ is FileKind.FOLDER
    assert File.from_dict({**base, "type": "symlink"}).type_ == "symlink"
    assert File.from_dict(base).tags is SB_UNSET


def test_from_dict_of_a_body_without_a_required_field_raises() -> None:
    with pytest.raises(KeyError):
        Dataset.from_dict({k: v for k, v in DATASET.items() if k != "campaignId"})


# -- responses after a listing ------------------------------------------------------------------------------------


def test_a_listing_leaves_no_parsed_body_on_its_responses(api: FakeApi, waits: Waits) -> None:
    """httpx's response refers to itself through its stream, so whatever hangs on it lives until the garbage
    collector runs: the parsed body of every page must be let go once the page is built."""
    seen: list[httpx.Response] = []
    api.add("GET", "/v1/datasets", token_listing([f"ds_{n}" for n in range(7)]))
    with fake_client(Sphinx, api, waits, api_key=API_KEY, event_hooks={"response": [seen.append]}) as client:
        assert [d.id for d in client.list_datasets(page_size=3)] == [f"ds_{n}" for n in range(7)]
    assert len(seen) == 3
    for response in seen:
        assert PARSED_JSON not in response.extensions
        assert "json" not in vars(response)
        assert [item["id"] for item in response.json()["data"]]  # still readable: parsed again from the bytes
