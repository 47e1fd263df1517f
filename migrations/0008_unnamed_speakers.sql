-- An unnamed speaker ("a spokesman", "analysts") is an entity of its own article: every "a
-- spokesman" of the archive is not one person. Named entities have no article.
ALTER TABLE entities ADD COLUMN article_id INTEGER REFERENCES articles(id);
