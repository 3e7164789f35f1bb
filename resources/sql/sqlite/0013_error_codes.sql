-- Errors carry a code, not only a sentence (kept in step with ../postgresql/0013_error_codes.sql). The sentence is
-- written in the language of the desktop that met the failure, so nothing may decide by its words; the code is a
-- stable English identifier (services/core/result.cpp: rate_limited, key_refused …). NULL: not classified (rows
-- written before this migration, and failures nothing decides on); readers then fall back to the sentence.
--
-- A failed training kept its reason only in the audit trail: the custom model now keeps it too, with its code.

ALTER TABLE ai_generations ADD COLUMN error_code TEXT CONSTRAINT ai_generations_error_code_form
    CHECK (error_code IS NULL OR (length(error_code) BETWEEN 1 AND 40 AND error_code NOT GLOB '*[^a-z_]*'));
ALTER TABLE ai_custom_models ADD COLUMN error TEXT CONSTRAINT ai_custom_models_error_length CHECK (length(error) <= 4000);
ALTER TABLE ai_custom_models ADD COLUMN error_code TEXT CONSTRAINT ai_custom_models_error_code_form
    CHECK (error_code IS NULL OR (length(error_code) BETWEEN 1 AND 40 AND error_code NOT GLOB '*[^a-z_]*'));
