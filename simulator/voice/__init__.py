"""The call over voice, in small stages behind small interfaces (one file per vendor):

- `tts/`   the customer's voice: edge-tts, piper, espeak-ng; fallback chain and on-disk cache
- `asr/`   the trainee's words: streaming recognisers (vosk, scripted) and end-of-speech detection
- `line.py` the telephone line: band limit, noise, volume, dropouts
- `audio.py` full-duplex sound devices on one call clock, ring tone, hold music, stereo recording
- `timebase.py` call time from the sound devices' clocks
- `turns.py` the trainee's side: microphone frames → utterances and turns
- `customer.py` the caller's side: replies synthesised and played, yielding when talked over
- `call.py`  the voice call: the loop, rings, keys, hold, hang-up and the recording
- `pushtotalk.py` the half-duplex call, turn by turn

Audio inside the package is mono float32 in [-1, 1] at `pcm.RATE` (16 kHz) unless a name says otherwise.
"""
