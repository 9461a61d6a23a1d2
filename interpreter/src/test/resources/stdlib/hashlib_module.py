import hashlib

for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'blake2b', 'blake2s']:
    h = hashlib.new(name)
    h.update(b'Nobody inspects')
    c = h.copy()
    h.update(b' the spammish repetition')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest()[:16])
print(hashlib.sha256(b'abc').hexdigest())
print(hashlib.md5(b'abc', usedforsecurity=False).hexdigest())
print(hashlib.shake_128(b'abc').hexdigest(20), hashlib.shake_256(b'').digest(8))
print(hashlib.blake2b(b'abc', digest_size=16, key=b'k', salt=b's', person=b'p').hexdigest())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 100).hex())
print(hashlib.pbkdf2_hmac('sha1', b'pw', b'salt', 3, dklen=40).hex())
print(sorted(hashlib.algorithms_guaranteed))
try:
    hashlib.new('nope')
except ValueError as e:
    print('ValueError:', e)
try:
    hashlib.sha256('text')
except TypeError as e:
    print('TypeError:', e)
