"""One base exception with a stable code; only the CLI and UI turn these into words on screen.

Each subclass carries a code that never changes (tests, logs and the UI key on it) and a message
already written for the person who must act on it (Chinese for trainers, trainees and HR).
"""

from __future__ import annotations


class CallDrillError(Exception):
    """Base of every error the product reports to a person instead of crashing."""

    code = "calldrill-error"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ScenarioError(CallDrillError):
    """A scenario file is not valid; the message names file, line and field."""

    code = "scenario-invalid"


class ScenarioNotFound(CallDrillError):
    code = "scenario-not-found"


class CallRecordError(CallDrillError):
    """A call record does not follow call-record.md version 1."""

    code = "call-record-invalid"


class ScriptError(CallDrillError):
    """A --script file has a line the drill cannot play."""

    code = "script-invalid"


class BotUnavailable(CallDrillError):
    """The Rasa service cannot be set up, trained, started or reached."""

    code = "bot-unavailable"


class StorageError(CallDrillError):
    code = "storage-error"


class InputError(CallDrillError):
    """Bad user input that is not a scenario or a call record (a roster row, a flag value…)."""

    code = "input-invalid"


class AudioDeviceError(CallDrillError):
    """No microphone or speaker, a device busy, or a sample rate the device refuses."""

    code = "audio-device"


class AsrModelMissing(CallDrillError):
    """No speech-recognition model where the configuration says; the message says what to run."""

    code = "asr-model-missing"


class TtsUnavailable(CallDrillError):
    """A text-to-speech engine cannot speak (no network, timeout, service error, not installed)."""

    code = "tts-unavailable"


class ModelFetchError(CallDrillError):
    """`calldrill models fetch` could not download or verify a model."""

    code = "model-fetch-failed"


class RecordingError(CallDrillError):
    """A call's recording is missing, unreadable or not the stereo WAV a voice call writes."""

    code = "recording-unreadable"


class InputTooLarge(InputError):
    """Input over one of the limits of core.limits (a line, a name, a file); nothing was kept."""

    code = "input-too-large"


class AudioInputError(InputError, ValueError):
    """A WAV the product cannot take: not 16-bit PCM, a sample rate or a length out of range."""

    code = "audio-invalid"
