import { describe, expect, it } from 'vitest';
import { changePasswordProblems, EMPTY_CHANGE_PASSWORD } from './changePasswordForm';

describe('the change-password form', () => {
  it('requires every field', () => {
    expect(changePasswordProblems(EMPTY_CHANGE_PASSWORD)).toEqual({ currentPassword: 'required', newPassword: 'required', repeat: 'required' });
  });

  it('wants at least eight characters', () => {
    expect(changePasswordProblems({ currentPassword: 'old one', newPassword: 'short77', repeat: 'short77' })).toEqual({ newPassword: 'tooShort' });
    expect(changePasswordProblems({ currentPassword: 'old one', newPassword: 'eight888', repeat: 'eight888' })).toEqual({});
  });

  it('wants the repeat to match', () => {
    expect(changePasswordProblems({ currentPassword: 'old one', newPassword: 'тихий лес весной', repeat: 'тихий лес весно' })).toEqual({ repeat: 'differ' });
  });

  it('refuses the current password as the new one', () => {
    expect(changePasswordProblems({ currentPassword: 'тихий лес весной', newPassword: 'тихий лес весной', repeat: 'тихий лес весной' })).toEqual({
      newPassword: 'same',
    });
  });

  it('counts spaces as characters and trims nothing', () => {
    expect(changePasswordProblems({ currentPassword: ' ', newPassword: '        ', repeat: '        ' })).toEqual({});
  });
});
