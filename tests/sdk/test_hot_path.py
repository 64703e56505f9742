"""What makes a listing cheap must not change what it answers: the generated models' ``from_dict`` (made without the
attrs ``__init__``, its parsed fields read on first access), and the parsed body a response no longer keeps once it
has been read.

(The speed itself is measured in ``make bench``: ``python tools/bench/goals.py --only listing``.)"""

from __future__ import annotations

import copy
import datetime
import pickle
import threading

import httpx
import pytest

from labsdk._retry import PARSED_JSON
from labsdk.sphinx import Sphinx
from labsdk_sevenbridges_client.models.file import File
from labsdk_sevenbridges_client.models.file_kind import FileKind
from labsdk_sevenbridges_client.types import UNSET as SB_UNSET
from labsdk_sphinx_client.models.creator import Creator
from labsdk_sphinx_client.models.dataset import Dataset
from labsdk_sphinx_client.types import UNSET, FieldDecodeError

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
    with pytest.raises(KeyError, match="campaignId"):
        Dataset.from_dict({k: v for k, v in DATASET.items() if k != "campaignId"})
    with pytest.raises(KeyError, match="creator"):  # a required field read on first access is still required
        Dataset.from_dict({k: v for k, v in DATASET.items() if k != "creator"})


def test_from_dict_keeps_keys_that_are_not_fields_apart_from_the_fields() -> None:
    """A key that is not a field (an additional property) must not shadow a method or the fields' bookkeeping, and a
    renamed key answers under its Python name only."""
    odd = {"to_dict": 1, "additional_properties": 2, "_raw_": 3, "campaign_id": 4, "__class__": 5}
    made = Dataset.from_dict({**DATASET, **odd})
    assert not {"campaignId", "createdAt", "creator", "rowCount"} & set(vars(made))
    assert made.additional_properties == {"rowCount": 96, **odd}
    assert list(made.additional_properties) == ["rowCount", *odd]  # in the JSON object's order
    assert made.campaign_id == "camp_1"  # the renamed JSON key "campaignId" wins over an extra "campaign_id"
    assert made.to_dict()["campaignId"] == "camp_1"
    assert made.creator.email == "ada@example.com"
    assert type(made) is Dataset


# -- parsed fields read on first access --------------------------------------------------------------------------

PARSED = ("creator", "created_at", "updated_at")


def test_from_dict_parses_dates_and_nested_models_on_first_read_only() -> None:
    made = Dataset.from_dict(DATASET)
    assert not set(PARSED) & set(vars(made))  # nothing parsed yet: the JSON values are kept
    first = made.creator
    assert isinstance(first, Creator)
    assert made.creator is first  # parsed once, then the instance's own attribute
    assert vars(made)["creator"] is first
    assert "_raw_creator" not in vars(made)
    assert made.created_at == datetime.datetime(2024, 1, 22, 14, 0, tzinfo=datetime.UTC)
    assert not {"updated_at"} & set(vars(made))


def test_a_value_set_before_the_first_read_wins_and_the_constructor_is_untouched() -> None:
    made = Dataset.from_dict(DATASET)
    when = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    made.created_at = when
    assert made.created_at is when
    assert made.to_dict()["createdAt"] == "2020-01-01T00:00:00+00:00"
    built = Dataset(
        id="d", name="n", campaign_id="c", creator=Creator(id="u", email="e"), tags=[], created_at=when, updated_at=when
    )
    assert built.created_at is when
    assert built.creator.id == "u"


def test_an_absent_optional_parsed_field_reads_unset() -> None:
    base = {"href": "https://api/files/f1", "id": "f1"}
    made = File.from_dict(base)
    assert made.created_on is SB_UNSET
    assert made.storage is SB_UNSET
    assert made.type_ is SB_UNSET
    assert made.to_dict() == base


def test_models_with_fields_not_yet_read_copy_pickle_and_compare() -> None:
    made = Dataset.from_dict(DATASET)
    for other in (pickle.loads(pickle.dumps(made)), copy.copy(made), copy.deepcopy(made)):  # noqa: S301
        assert other == Dataset.from_dict(DATASET)
        assert other.creator.email == "ada@example.com"
        assert other.description is UNSET  # one UNSET, also after a pickle or a copy
    assert Dataset.from_dict(DATASET) != Dataset.from_dict({**DATASET, "updatedAt": "2024-01-23T00:00:00Z"})


def test_a_json_value_its_type_cannot_read_raises_a_typed_error_naming_the_field_not_the_value() -> None:
    made = Dataset.from_dict({**DATASET, "createdAt": "tuesday sk-secret-1234", "creator": {"id": "u"}})
    with pytest.raises(FieldDecodeError) as caught:
        _ = made.created_at
    assert isinstance(caught.value, ValueError)
    assert (caught.value.model, caught.value.field) == ("Dataset", "created_at")
    assert "datetime" in str(caught.value)
    assert "sk-secret" not in str(caught.value) + repr(caught.value)
    assert caught.value.value == "tuesday sk-secret-1234"
    with pytest.raises(FieldDecodeError, match=r"Dataset\.creator: .*Creator \(KeyError 'email'\)"):
        _ = made.creator
    with pytest.raises(FieldDecodeError):  # still undecodable on the next read (nothing half-stored)
        _ = made.created_at
    assert made.updated_at.hour == 17  # the other fields are unaffected


def test_threads_reading_one_field_at_once_all_get_its_value() -> None:
    for _ in range(50):
        made = Dataset.from_dict(DATASET)
        seen: list[object] = []
        barrier = threading.Barrier(4)

        def read(model: Dataset = made, seen: list[object] = seen, barrier: threading.Barrier = barrier) -> None:
            barrier.wait()
            seen.append(model.updated_at)

        threads = [threading.Thread(target=read) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(seen) == 4
        assert len(set(seen)) == 1


# -- responses after a listing ------------------------------------------------------------------------------------


def test_a_listing_leaves_no_parsed_body_on_its_responses(api: FakeApi, waits: Waits) -> None:
    """httpx's response refers to itself through its stream, so whatever hangs on it lives until the garbage
    collector runs: the parsed body of every page must be let go once the page is built."""
    seen: list[httpx.Response] = []
    api.add("GET", "/v1/datasets", token_listing([f"ds_{n}" for n in range(7)]))
    with fake_client(Sphinx, api, waits, api_key=API_KEY, event_hooks={"response": [seen.append]}) as client:
        items = list(client.list_datasets(page_size=3))
    assert [d.id for d in items] == [f"ds_{n}" for n in range(7)]
    assert all("_raw_creator" in vars(d) for d in items)  # a walk that reads ids parses no nested model
    assert all(d.creator.email for d in items)
    assert len(seen) == 3
    for response in seen:
        assert PARSED_JSON not in response.extensions
        assert "json" not in vars(response)
        assert [item["id"] for item in response.json()["data"]]  # still readable: parsed again from the bytes
