// TypeDoc plugin of this repository (typedoc.json "plugin"). The reference has one page per module
// (entry points src/*/index.ts, like the package's subpath exports); a {@link name} in one module
// that names an export of another (e.g. plan's docs linking zhejiang2023 of policy) is resolved to
// that export when exactly one module exports the name.
import { ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.addUnknownSymbolResolver((ref, reflection) => {
    if (ref.moduleSource !== undefined || ref.symbolReference?.path?.length !== 1) return undefined;
    const name = ref.symbolReference.path[0].path;
    const found = reflection.project
      .getChildrenByKind(ReflectionKind.Module)
      .flatMap((module) => (module.children ?? []).filter((child) => child.name === name && child.kindOf(ReflectionKind.SomeExport)));
    return found.length === 1 ? { target: found[0] } : undefined;
  });
}
