import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../ui/app-link';
import type { UnitNode } from '../lib/unit-tree';
import { ChevronIcon } from './chevron-icon';
import { InactiveTag } from './inactive-tag';
import { UnitKindTag } from './unit-kind-tag';
import { UnitMeta } from './unit-meta';

export interface TreeExpansion {
  isOpen: (unitId: string, depth: number) => boolean;
  toggle: (unitId: string, depth: number) => void;
}

/** Nested lists: screen readers announce the level and the number of items at each level,
 *  which a flat list of indented rows would not. */
export function UnitTree({ nodes, depth, expansion }: { nodes: UnitNode[]; depth: number; expansion: TreeExpansion }) {
  return (
    <ul className={depth === 0 ? 'org-tree' : 'org-tree-children'}>
      {nodes.map((node) => (
        <UnitTreeItem key={node.unit.id} node={node} depth={depth} expansion={expansion} />
      ))}
    </ul>
  );
}

function UnitTreeItem({ node, depth, expansion }: { node: UnitNode; depth: number; expansion: TreeExpansion }) {
  const { t } = useTranslation('org');
  const { unit, children } = node;
  const open = children.length > 0 && expansion.isOpen(unit.id, depth);
  return (
    <li>
      <div className="org-tree-row">
        {children.length > 0 ? (
          <Button
            icon
            variant="tertiary"
            data-size="sm"
            className="org-tree-toggle"
            aria-expanded={open}
            aria-label={t('tree.subUnitsOf', { name: unit.name })}
            onClick={() => expansion.toggle(unit.id, depth)}
          >
            <ChevronIcon />
          </Button>
        ) : (
          <span className="org-tree-spacer" />
        )}
        <div className="org-tree-main">
          <span className="org-tree-title">
            <AppLink to={`/org/units/${unit.id}`}>{unit.name}</AppLink> <UnitKindTag kind={unit.kind} />{' '}
            {unit.active ? null : <InactiveTag />}
          </span>
          <UnitMeta unit={unit} />
        </div>
      </div>
      {open ? <UnitTree nodes={children} depth={depth + 1} expansion={expansion} /> : null}
    </li>
  );
}
