-- A name search reads only its indexes: each name key's index carries every column the search ranks and filters by,
-- so that the rows of one key lie together in the index and the table is not visited (an index-only scan). With a
-- million persons, visiting the table cost one scattered page per candidate.
-- The given name's soundex replaces its initial beside the exact surname: as tolerant of a typo in the given name,
-- and it does not gather every given name that begins with the same letter.

drop index records.person_search_name_phonetic;
drop index records.person_search_name_phonetic_alt;
drop index records.person_search_name_soundex;
drop index records.person_search_name_head;
drop index records.person_search_name_tail;
drop index records.person_search_name_exact_initial;
drop index records.person_search_name_exact_tail;
drop index records.person_search_name_dob;

alter table records.person_search_name drop column first_initial;
alter table records.person_search_name add column first_sx text generated always as (soundex(first_norm)) stored;

create index person_search_name_phonetic on records.person_search_name (last_dm, first_dm)
    include (person_id, source, last_norm, first_norm, middle_norm, last_dm_alt, date_of_birth, sealed);
create index person_search_name_phonetic_alt on records.person_search_name (last_dm_alt, first_dm)
    include (person_id, source, last_norm, first_norm, middle_norm, last_dm, date_of_birth, sealed);
create index person_search_name_soundex on records.person_search_name (last_sx, first_dm)
    include (person_id, source, last_norm, first_norm, middle_norm, last_dm, last_dm_alt, date_of_birth, sealed);
create index person_search_name_head on records.person_search_name (last_head, first_dm)
    include (person_id, source, last_norm, first_norm, middle_norm, last_dm, last_dm_alt, date_of_birth, sealed);
create index person_search_name_tail on records.person_search_name (last_tail, first_dm)
    include (person_id, source, last_norm, first_norm, middle_norm, last_dm, last_dm_alt, date_of_birth, sealed);
create index person_search_name_exact_soundex on records.person_search_name (last_norm, first_sx)
    include (person_id, source, first_norm, middle_norm, last_dm, last_dm_alt, first_dm, date_of_birth, sealed);
create index person_search_name_exact_tail on records.person_search_name (last_norm, first_tail)
    include (person_id, source, first_norm, middle_norm, last_dm, last_dm_alt, first_dm, date_of_birth, sealed);
create index person_search_name_dob on records.person_search_name (date_of_birth)
    include (person_id, source, last_norm, first_norm, middle_norm, last_dm, last_dm_alt, first_dm, sealed);
-- A given name typed as an initial only ("Smith, J"): everyone of that surname, in given-name order.
create index person_search_name_exact_first on records.person_search_name (last_norm, first_norm)
    include (person_id, source, middle_norm, last_dm, last_dm_alt, first_dm, date_of_birth, sealed);
