"""Parameters: one frozen, typed section per stage; unknown keys and wrong types rejected."""

from __future__ import annotations

from pathlib import Path

import pydantic
import pytest
import yaml

from pipeline.params import AggregateParams, IngestParams, Params, load_params

REPO_PARAMS = Path(__file__).resolve().parents[1] / "params.yaml"


def write_yaml(tmp_path, data) -> Path:
    path = tmp_path / "params.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def test_a_missing_params_file_gives_the_defaults(tmp_path):
    params = load_params(tmp_path / "absent.yaml")
    assert params == Params()
    assert params.ingest.article_suffix == ".txt"
    assert params.aggregate.best_policy == "mode"


def test_the_defaults_are_the_settings_the_pipeline_runs_with():
    """Without a params file (`pipeline run` in another folder) every stage behaves as under
    the shipped params.yaml; only the engine keeps no cache unless asked."""
    shipped = load_params(REPO_PARAMS)
    defaults = Params()
    for section in ("ingest", "annotate", "normalise", "aggregate", "evaluate"):
        assert getattr(defaults, section) == getattr(shipped, section), section
    assert defaults.engine.cache_dir is None


def test_an_empty_params_file_gives_the_defaults(tmp_path):
    path = tmp_path / "params.yaml"
    path.write_text("", encoding="utf-8")
    assert load_params(path) == Params()


def test_a_partial_section_keeps_the_other_defaults(tmp_path):
    params = load_params(write_yaml(tmp_path, {"aggregate": {"best_policy": "median"}}))
    assert params.aggregate.best_policy == "median"
    assert params.ingest == IngestParams()


def test_unknown_key_in_a_section_is_rejected(tmp_path):
    path = write_yaml(tmp_path, {"ingest": {"article_sufix": ".md"}})
    with pytest.raises(pydantic.ValidationError, match="article_sufix"):
        load_params(path)


def test_unknown_section_is_rejected(tmp_path):
    with pytest.raises(pydantic.ValidationError, match="agregate"):
        load_params(write_yaml(tmp_path, {"agregate": {"best_policy": "max"}}))


@pytest.mark.parametrize(
    "data",
    [
        {"normalise": {"lead_chars": "many"}},
        {"normalise": {"antecedent_sentences": -1}},
        {"annotate": {"boilerplate_max_line_chars": 0}},
        {"aggregate": {"best_policy": "average"}},
        {"evaluate": {"min_precision": 1.5}},
        {"ingest": ".txt"},
    ],
)
def test_wrong_type_or_value_is_rejected(tmp_path, data):
    with pytest.raises(pydantic.ValidationError):
        load_params(write_yaml(tmp_path, data))


def test_a_file_that_is_not_a_mapping_is_rejected_naming_it(tmp_path):
    path = tmp_path / "params.yaml"
    path.write_text("- ingest\n- annotate\n", encoding="utf-8")
    with pytest.raises(ValueError, match="params.yaml"):
        load_params(path)


def test_parameters_are_frozen():
    params = Params()
    with pytest.raises(pydantic.ValidationError):
        params.aggregate = AggregateParams(best_policy="max")
    with pytest.raises(pydantic.ValidationError):
        params.aggregate.best_policy = "max"
    assert params.aggregate.best_policy == "mode"


def test_the_repository_params_file_loads_with_its_values():
    raw = yaml.safe_load(REPO_PARAMS.read_text(encoding="utf-8"))
    params = load_params(REPO_PARAMS)
    for section, values in raw.items():
        for key, value in values.items():
            # a YAML list is held as a tuple (params are frozen and hashable)
            expected = tuple(value) if isinstance(value, list) else value
            assert getattr(getattr(params, section), key) == expected, f"{section}.{key}"
