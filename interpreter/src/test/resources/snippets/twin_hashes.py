import _sha512, _md5, _sha1, _sha256, _sha3, _blake2, _hashlib
for mod, names in [(_md5, ['md5']), (_sha1, ['sha1']), (_sha256, ['sha224', 'sha256']), (_sha512, ['sha384', 'sha512']),
                   (_sha3, ['sha3_224', 'sha3_256', 'sha3_384', 'sha3_512'])]:
    for n in names:
        for data in [b'', b'abc', b'a' * 200, bytes(range(256)) * 3]:
            h = getattr(mod, n)(data)
            h2 = h.copy(); h2.update(b'more')
            print(n, h.name, h.digest_size, h.block_size, h.hexdigest(), h2.hexdigest()[:16], type(h).__name__)
for n in ['shake_128', 'shake_256']:
    for data in [b'', b'abc', b'x' * 500]:
        h = getattr(_sha3, n)(data)
        print(n, h.name, h.digest_size, h.block_size, h.hexdigest(10), h.digest(300).hex()[-20:])
for data in [b'', b'abc', b'q' * 1000, b'z' * 128, b'z' * 64]:
    print(_blake2.blake2b(data).hexdigest(), _blake2.blake2s(data).hexdigest())
    print(_blake2.blake2b(data, digest_size=20, key=b'key', salt=b'salt', person=b'me', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=9, last_node=True).hexdigest())
    print(_blake2.blake2s(data, digest_size=20, key=b'key', salt=b'salt', person=b'me', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=9, last_node=True).hexdigest())
    print(_blake2.blake2b(data, key=b'k' * 64).hexdigest()[:20], _blake2.blake2s(data, key=b'k' * 32).hexdigest()[:20])
h = _hashlib.new('sha256', b'abc'); print(h.name, h.hexdigest(), type(h).__name__)
print(_hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex())
print(_hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, 50).hex())
m = _hashlib.hmac_new(b'key', b'The quick brown fox', digestmod='sha256'); print(m.name, m.hexdigest(), m.digest_size, m.block_size)
print(_hashlib.hmac_digest(b'k' * 100, b'msg', 'sha512').hex())
print(_hashlib.compare_digest(b'abc', b'abc'), _hashlib.compare_digest('abc', 'abd'))
for bad in [lambda: _sha256.sha256('str'), lambda: _sha256.sha256(5), lambda: _hashlib.new('nope'), lambda: _hashlib.compare_digest(1, 2),
            lambda: _blake2.blake2b(digest_size=65), lambda: _hashlib.hmac_new(b'k'), lambda: _hashlib.pbkdf2_hmac('sha1', b'', b'', 0)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
