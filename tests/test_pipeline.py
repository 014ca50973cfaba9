import pytest

import marsad
from marsad.pipeline import Pipeline, PipelineError, Stage, registered


class _Needs(Stage):
    name = "needs"
    requires = ("entities",)
    provides = ("quotes",)

    def __call__(self, record):
        return record


def test_pipeline_checks_requirements_when_built():
    with pytest.raises(PipelineError, match="requires entities"):
        Pipeline(["marsad.clean.v1", _Needs()])


def test_pipeline_rejects_duplicate_stage():
    with pytest.raises(PipelineError, match="twice"):
        Pipeline(["marsad.clean.v1", "marsad.clean.v1"])


def test_pipeline_unknown_stage_names_known_ones():
    with pytest.raises(ValueError, match="marsad.clean.v1"):
        Pipeline(["marsad.nope.v9"])


def test_pipeline_default_chain_is_valid_and_described():
    pipe = marsad.build_pipeline()
    desc = pipe.analyze_pipes()
    assert desc[0]["name"] == "clean" and "marsad.clean.v1" in registered()
    with pytest.raises(ValueError, match="profile"):
        marsad.build_pipeline("turbo")
