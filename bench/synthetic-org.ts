// A synthetic organisation of any size as an import CSV, for benchmarks at municipal and
// regional scale. Deterministic: the same size gives the same file.
export function syntheticOrgCsv(departments: number, unitsPerDepartment: number, peoplePerUnit: number): string {
  const lines = ['type;code;name;kind;parent_code;description;email;title;memberships;roles;active'];
  lines.push('unit;S-KS;Styrelsen;board;;;;;;;yes', 'unit;S-FV;Förvaltningen;administration;S-KS;;;;;;yes');
  let person = 0;
  for (let d = 0; d < departments; d += 1) {
    const dept = `S-D${d}`;
    lines.push(`unit;${dept};Avdelning ${d};department;S-FV;;;;;;yes`);
    for (let u = 0; u < unitsPerDepartment; u += 1) {
      const unit = `${dept}-U${u}`;
      lines.push(`unit;${unit};Enhet ${d}.${u};unit;${dept};;;;;;yes`);
      for (let p = 0; p < peoplePerUnit; p += 1) {
        person += 1;
        const role = p === 0 ? 'manager' : 'staff';
        lines.push(
          `person;;Person Nummer ${person};;;;person.${person}@bench.example;Handläggare;${unit}:${role};;yes`,
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
