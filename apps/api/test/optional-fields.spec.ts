import { getMetadataStorage } from 'class-validator';
import { TestApp } from './test-app';

interface ClassMetadata {
  name: string;
  target: new () => object;
  properties?: { name: string; options: { nullable?: boolean | string } }[];
}
// Nest's own record of the input and argument classes and their fields, as it built the schema
// from them (not part of its typed API, hence the shape stated here).
const { TypeMetadataStorage } = jest.requireActual<{
  TypeMetadataStorage: {
    getInputTypesMetadata(): ClassMetadata[];
    getArgumentsMetadata(): ClassMetadata[];
  };
}>('@nestjs/graphql/dist/schema-builder/storages');

/**
 * A nullable input field may be left out as well as sent as null: every one
 * that has rules also has @IsOptional, or the validator would test
 * `undefined` against them ('"undefined" should be a city').
 */
it('lets every nullable input field and argument be omitted', async () => {
  // Built once the app has made its schema from the classes.
  const t = await TestApp.start();
  try {
    const classes = [
      ...TypeMetadataStorage.getInputTypesMetadata(),
      ...TypeMetadataStorage.getArgumentsMetadata(),
    ];
    expect(classes.length).toBeGreaterThan(50);
    const refusedWhenOmitted: string[] = [];
    for (const { target, name, properties } of classes) {
      const rules = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false);
      for (const property of properties ?? []) {
        if (!property.options.nullable) continue;
        const own = rules.filter((rule) => rule.propertyName === property.name);
        if (own.length && !own.some((rule) => rule.type === 'conditionalValidation'))
          refusedWhenOmitted.push(`${name}.${property.name}`);
      }
    }
    expect(refusedWhenOmitted).toEqual([]);
  } finally {
    await t.close();
  }
});
