-- Replaying a shuangsuiji draw in PostgreSQL (11 or later, for sha256()).
-- ticket(seed, id) = '0.' || reverse(zero_pad_64(decimal(SHA-256(sha256_hex(seed) || id))))

-- The 256-bit digest as a decimal string, by Horner's rule in exact numeric arithmetic.
CREATE OR REPLACE FUNCTION hex_to_decimal(hex text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
  n numeric := 0;
BEGIN
  FOR i IN 1..length(hex) LOOP
    n := n * 16 + (position(substr(hex, i, 1) IN '0123456789abcdef') - 1);
  END LOOP;
  RETURN n::text;
END $$;

-- The ticket of one id. lpad would cut a 78-digit number to 64, so pad only shorter ones.
CREATE OR REPLACE FUNCTION ticket(seed text, id text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT '0.' || reverse(CASE WHEN length(d) < 64 THEN lpad(d, 64, '0') ELSE d END)
  FROM (SELECT hex_to_decimal(encode(sha256(convert_to(
          encode(sha256(convert_to(seed, 'UTF8')), 'hex') || id, 'UTF8')), 'hex')) AS d) AS digits
$$;

-- pool(id, stratum): the task's subjects with their risk class; sizes(stratum, size): the record's
-- strata. The task seed is the record's taskSeed (seed || '/' || taskId). Selected subjects have
-- rank <= size; the next `reserve` (here 1) are the reserves. Leave out the record's `excluded` ids.
WITH ranked AS (
  SELECT p.id, p.stratum, s.size,
         row_number() OVER (PARTITION BY p.stratum
                            ORDER BY ticket('2023-08-01 摇号 27182818284590452353/T16', p.id)::numeric) AS rank
  FROM pool AS p JOIN sizes AS s USING (stratum)
)
SELECT stratum, rank, id, CASE WHEN rank <= size THEN 'selected' ELSE 'reserve' END AS role
FROM ranked
WHERE rank <= size + 1
ORDER BY stratum, rank;

-- The pool commitment of a consistent-sampler/2 record (poolCommitment; strata.<s>.commitment with
-- WHERE stratum = '<s>'): SHA-256 of the manifest, one line id TAB stratum LF per subject in byte
-- order (COLLATE "C"), the digest `LC_ALL=C sort -u manifest.txt | sha256sum` prints. Use '*' as
-- the stratum of an unstratified draw. Run it before the seed exists, for the draw announcement
-- (checked on PostgreSQL 15 against poolCommitment, astral and U+FF61 ids included).
SELECT encode(sha256(convert_to(
         coalesce(string_agg(id || E'\t' || stratum || E'\n', '' ORDER BY id COLLATE "C"), ''), 'UTF8')), 'hex') AS pool_commitment
FROM pool;
