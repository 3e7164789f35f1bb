-- Errors carry a code, not only a sentence (kept in step with ../sqlite/0013_error_codes.sql). The sentence is
-- written in the language of the desktop that met the failure, so nothing may decide by its words; the code is a
-- stable English identifier (services/core/result.cpp: rate_limited, key_refused …). NULL: not classified (rows
-- written before this migration, and failures nothing decides on); readers then fall back to the sentence.
--
-- A failed training kept its reason only in the audit trail: the custom model now keeps it too, with its code.
-- The new columns follow their tables' grants and row-level policies; no definer function reads or writes them.

ALTER TABLE public.ai_generations
    ADD COLUMN error_code text CONSTRAINT ai_generations_error_code_form CHECK (error_code ~ '^[a-z_]{1,40}$');
ALTER TABLE public.ai_custom_models
    ADD COLUMN error text CONSTRAINT ai_custom_models_error_length CHECK (char_length(error) <= 4000),
    ADD COLUMN error_code text CONSTRAINT ai_custom_models_error_code_form CHECK (error_code ~ '^[a-z_]{1,40}$');
