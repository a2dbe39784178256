import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Department, Role } from '../../gql/graphql';
import { departmentOptions, isDepartment, isRole, roleHasDepartment, roleOptions } from './roles';

interface RoleFieldsProps {
  role: Role;
  department: Department | null;
  onChange: (value: { role: Role; department: Department | null }) => void;
  errors?: Record<string, string>;
}

/** Role and department selects; the department is offered only where it applies. */
export function RoleFields({ role, department, onChange, errors = {} }: RoleFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Select
        label={t('team.changeRole.role')}
        data={roleOptions(t)}
        value={role}
        allowDeselect={false}
        onChange={(value) => {
          if (isRole(value)) onChange({ role: value, department: roleHasDepartment(value) ? department : null });
        }}
        error={errors.role}
        data-testid="role-select"
      />
      <Select
        label={t('team.changeRole.department')}
        description={t('team.changeRole.departmentHint')}
        data={departmentOptions(t)}
        value={department}
        disabled={!roleHasDepartment(role)}
        required={roleHasDepartment(role)}
        clearable
        onChange={(value) => onChange({ role, department: isDepartment(value) ? value : null })}
        error={errors.department}
        data-testid="department-select"
      />
    </>
  );
}
