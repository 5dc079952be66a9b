"""The bot's device is cross-signed (MSC4153), as Synapse reports it to anyone who asks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import vodozemac

from adapters.matrix import crosssign
from adapters.matrix.crosssign import CrossSigningKeys, SigningKey, canonical
from bot.core.engine import Engine
from bot.runtime.runtime import Runtime
from bot.store.db import Store
from tests.support.synapse import Synapse

from .conftest import BotAccount, MakeBot, MakeUser


def verified(entry: dict[str, Any], user_id: str, key: str) -> bool:
    """``entry`` carries a valid signature by the Ed25519 public key ``key``."""
    signature = entry.get("signatures", {}).get(user_id, {}).get(f"ed25519:{key}")
    if signature is None:
        return False
    public = vodozemac.Ed25519PublicKey.from_base64(key)
    public.verify_signature(canonical(entry), vodozemac.Ed25519Signature.from_base64(signature))
    return True


async def keys_of(asker: Any, user_id: str) -> dict[str, Any]:
    """/keys/query as another user sees it (their client decides what to show)."""
    request = await crosssign.http(asker.homeserver, asker.access_token)
    status, found = await request("POST", "/keys/query", {"device_keys": {user_id: []}})
    assert status == 200, found
    return found


def check_signed(found: dict[str, Any], user_id: str, device_id: str) -> str:
    """The device is signed by the self-signing key, which the master key signed."""
    [master] = found["master_keys"][user_id]["keys"].values()
    ssk_entry = found["self_signing_keys"][user_id]
    [ssk] = ssk_entry["keys"].values()
    assert verified(ssk_entry, user_id, master)
    assert verified(found["device_keys"][user_id][device_id], user_id, ssk)
    return str(master)


async def test_the_device_is_cross_signed_across_restarts_and_a_new_device(
    users: MakeUser,
    make_bot: MakeBot,
    engine: Engine,
    tmp_path: Path,
    bot_account: BotAccount,
) -> None:
    store = await Store.open(tmp_path / "x.sqlite3")
    anna = await users("anna", encryption=False)
    try:
        bot = await make_bot(Runtime(engine, store, default_region="nl"))
        master = check_signed(await keys_of(anna, bot.user_id), bot.user_id, bot.device_id)
        folder = Path(bot.store_dir)
        saved = json.loads((folder / crosssign.FILE).read_text())
        assert set(saved) == {"master", "self_signing", "user_signing"}
        assert (folder / crosssign.FILE).stat().st_mode & 0o777 == 0o600
        device = bot.device_id
        await bot.stop()

        again = await make_bot(Runtime(engine, store, default_region="nl"))  # a restart
        assert again.device_id == device
        assert check_signed(await keys_of(anna, again.user_id), again.user_id, device) == master
        await again.stop()

        # The encryption store is lost: a new device, signed with the same keys.
        (folder / f"{bot_account.user_id}_{device}.db").unlink()
        fresh = await make_bot(Runtime(engine, store, default_region="nl"))
        assert fresh.device_id != device
        found = await keys_of(anna, fresh.user_id)
        assert check_signed(found, fresh.user_id, fresh.device_id) == master
        await fresh.stop()
    finally:
        await store.close()


async def test_keys_on_the_server_the_bot_does_not_hold_are_replaced_with_the_password(
    synapse: Synapse, users: MakeUser, make_bot: MakeBot, bot_account: BotAccount
) -> None:
    bot = await make_bot()
    anna = await users("anna", encryption=False)
    folder = Path(bot.store_dir)
    (folder / crosssign.FILE).unlink()  # the keys file lost, the server still has keys
    request = await crosssign.http(bot.client.homeserver, bot.client.access_token)
    said = await crosssign.ensure(request, bot.user_id, bot.device_id, folder, None)
    assert said == "replacing the keys on the server needs the account's password"
    said = await crosssign.ensure(request, bot.user_id, bot.device_id, folder, bot_account.password)
    assert said == "signed"
    master = check_signed(await keys_of(anna, bot.user_id), bot.user_id, bot.device_id)
    assert master == crosssign.load(folder).master.public  # type: ignore[union-attr]


def test_signatures_follow_the_canonical_json_of_the_spec() -> None:
    key = SigningKey(bytes(range(32)))
    entry = {"b": 1, "a": "é", "signatures": {"x": {}}, "unsigned": {"y": 1}}
    assert canonical(entry) == '{"a":"é","b":1}'.encode()
    signed = {**entry, "signatures": {"@v:h": {f"ed25519:{key.public}": key.sign(entry)}}}
    assert verified(signed, "@v:h", key.public)
    body = CrossSigningKeys.generate().uploads("@v:h")
    assert set(body) == {"master_key", "self_signing_key", "user_signing_key"}
    [master] = body["master_key"]["keys"].values()
    assert verified(body["user_signing_key"], "@v:h", master)
