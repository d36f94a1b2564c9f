// SQL problems shown as LeetCode shows them: the schema as tables (columns, types, keys), and
// datasets and results as tables of rows. NULL, the empty string and the string 'null' look
// different here, as the judge tells them apart.
import { h, scrollable } from "./ui.js";

// The problem's tables: one small table per table of schema.sql.
export function schemaView(tables) {
  return h(
    "div",
    { class: "sql-schema" },
    tables.map((table) =>
      h(
        "div",
        { class: "sql-schema-table", dataset: { table: table.name } },
        scrollable(
          h(
            "table",
            { class: "sql-table" },
            h("caption", {}, "Table: ", h("code", {}, table.name)),
            h("thead", {}, h("tr", {}, h("th", {}, "Column"), h("th", {}, "Type"), h("th", {}, "Key"))),
            h(
              "tbody",
              {},
              table.columns.map((column) =>
                h("tr", {}, h("td", {}, h("code", {}, column.name)), h("td", {}, typeText(column)), h("td", {}, keyText(table, column))),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

function typeText(column) {
  return column.nullable ? column.type : `${column.type} NOT NULL`;
}

function keyText(table, column) {
  const marks = [];
  if (column.primary_key) marks.push(table.primary_key.length > 1 ? "primary key (part)" : "primary key");
  for (const key of table.foreign_keys) {
    const at = key.columns.indexOf(column.name);
    if (at >= 0) marks.push(`→ ${key.table}.${key.references[at] || key.columns[at]}`);
  }
  return marks.join(", ");
}

// How the result is compared, in a sentence under the schema.
export function rulesText(rules) {
  if (rules.tables) return `Judged by the final rows of ${rules.tables.join(", ")} (in any order).`;
  if (!rules.ordered) return "The rows of the result may come in any order.";
  const ties = rules.order_by.length ? ` (rows tied on ${rules.order_by.join(", ")} may come in any order among themselves)` : "";
  return `The order of the rows matters${ties}.`;
}

// A dataset's JSON ({"Table": {"columns", "rows"}}) as one table per table; text when it is not one.
export function datasetView(text) {
  const data = parse(text);
  if (!data || typeof data !== "object" || Array.isArray(data)) return h("pre", {}, text);
  return h(
    "div",
    { class: "sql-dataset" },
    Object.entries(data).map(([name, table]) => rowsTable(table?.columns, table?.rows, name)),
  );
}

// A result's JSON ({"columns", "rows"}, or {"tables": {...}} for a write problem) as tables.
export function resultView(text) {
  const data = parse(text);
  if (data?.tables) return datasetView(JSON.stringify(data.tables));
  if (!data || !Array.isArray(data.columns)) return h("pre", {}, text);
  return rowsTable(data.columns, data.rows, null);
}

function rowsTable(columns, rows, caption) {
  if (!Array.isArray(columns) || !Array.isArray(rows)) return h("pre", {}, JSON.stringify({ columns, rows }));
  return scrollable(
    h(
      "table",
      { class: "sql-table sql-rows" },
      caption ? h("caption", {}, caption) : null,
      h("thead", {}, h("tr", {}, columns.map((c) => h("th", {}, c)))),
      h(
        "tbody",
        {},
        rows.length
          ? rows.map((row) => h("tr", {}, row.map(cellView)))
          : h("tr", { class: "no-rows" }, h("td", { colspan: String(Math.max(columns.length, 1)) }, "(no rows)")),
      ),
    ),
  );
}

function cellView(value) {
  if (value === null) return h("td", { class: "sql-null" }, "NULL");
  if (value === "") return h("td", { class: "sql-empty", title: "the empty string" }, "''");
  return h("td", { class: typeof value === "number" ? "sql-number" : "" }, String(value));
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
