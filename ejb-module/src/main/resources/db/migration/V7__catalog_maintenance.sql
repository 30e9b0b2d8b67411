-- Product maintenance by users (portal, REST PUT/POST): who last saved a product's maintainable fields, and when.
-- A product with maintained_at set is "maintained": the reference import no longer changes its therapeutic
-- category (its other reference fields, e.g. name, labeler, NADAC price, still follow the FDA/CMS files), and the
-- demo stock-keeping data (demo/product-stock-keeping.csv) is never applied to it.
-- maintained_by is a user name, or 'demo-data' for values set by the demo stock-keeping data at start-up.
-- Not audited: the Envers revision of each save already records who and when.

ALTER TABLE product
    ADD COLUMN maintained_by  varchar(100),
    ADD COLUMN maintained_at  timestamp(6) with time zone,
    ADD CONSTRAINT product_maintained_by_and_at CHECK ((maintained_by IS NULL) = (maintained_at IS NULL));
