import { describe, expect, it } from 'vitest';
import { normaliseEmail, normalisePhone } from './phone.js';

describe('normalisePhone accepts', () => {
  it.each([
    ['+7 (916) 123-45-67', '+79161234567'],
    ['8 916 123 45 67', '+79161234567'],
    ['89161234567', '+79161234567'],
    ['9161234567', '+79161234567'],
    ['79161234567', '+79161234567'],
    ['+79161234567', '+79161234567'],
    ['+7 495 123-45-67', '+74951234567'],
    ['8 (495) 123-45-67', '+74951234567'],
    ['8-800-555-35-35', '+78005553535'],
    ['  +7 916 123 45 67  ', '+79161234567'],
    ['+7 916 123–45–67', '+79161234567'],
    ['+7.916.123.45.67', '+79161234567'],
    ['+7 727 123 4567', '+77271234567'],
    ['+375 29 123-45-67', '+375291234567'],
    ['+49 30 12345678', '+493012345678'],
    ['+1 (212) 555-0123', '+12125550123'],
    ['+86 138 0013 8000', '+8613800138000'],
    ['+44 20 7946 0958', '+442079460958'],
    ['+12345678', '+12345678'],
    ['+123456789012345', '+123456789012345'],
  ])('%j → %s', (value, phone) => {
    expect(normalisePhone(value)).toEqual({ ok: true, phone });
  });
});

describe('normalisePhone rejects', () => {
  it.each([
    ['', 'Phone number is required'],
    ['   ', 'Phone number is required'],
    ['abc', 'Phone number may contain only digits, spaces, brackets, dashes and a leading +'],
    ['8 916 123 45 67 доб. 12', 'Phone number may contain only digits, spaces, brackets, dashes and a leading +'],
    ['916-123-45-6x', 'Phone number may contain only digits, spaces, brackets, dashes and a leading +'],
    ['7+9161234567', 'Phone number may contain only digits, spaces, brackets, dashes and a leading +'],
    ['++79161234567', 'Phone number may contain only digits, spaces, brackets, dashes and a leading +'],
    ['+', 'Phone number may contain only digits, spaces, brackets, dashes and a leading +'],
    ['123-45-67', 'Phone number is too short — a Russian number has 10 digits after +7 or 8'],
    ['8 916 123 45', 'Phone number is too short — a Russian number has 10 digits after +7 or 8'],
    ['+7 916 123 45 6', 'Russian phone number must have 10 digits after +7, got 9'],
    ['+7 916 123 45 678', 'Russian phone number must have 10 digits after +7, got 11'],
    ['+7 016 123 45 67', 'Russian phone number cannot start with +7 0, +7 1 or +7 2 — check the digits'],
    ['1161234567', 'Russian phone number cannot start with +7 0, +7 1 or +7 2 — check the digits'],
    ['+8 916 123 45 67', 'There is no country code +89 — write a Russian number as +7 or 8 followed by 10 digits'],
    ['+049301234567', 'Country codes never start with 0 — check the digits after +'],
    ['+1234567', 'International phone number must have 8 to 15 digits after +, got 7'],
    ['+1234567890123456', 'International phone number must have 8 to 15 digits after +, got 16'],
    ['375291234567', 'Phone number is not recognised — write international numbers with a leading +'],
    ['989161234567', 'Phone number is not recognised — write international numbers with a leading +'],
  ])('%j', (value, message) => {
    expect(normalisePhone(value)).toEqual({ ok: false, message });
  });
});

describe('normaliseEmail accepts', () => {
  it.each([
    ['anna@example.ru', 'anna@example.ru'],
    ['  Anna.Sokolova@Example.RU ', 'anna.sokolova@example.ru'],
    ['buh+leads@schet-ovod.com', 'buh+leads@schet-ovod.com'],
    ['o\'connor@mail.co.uk', 'o\'connor@mail.co.uk'],
    ['info@компания.рф', 'info@компания.рф'],
    ['INFO@ПОЧТА.РФ', 'info@почта.рф'],
    ['user@xn--80a1acny.xn--p1ai', 'user@xn--80a1acny.xn--p1ai'],
    ['a@b.io', 'a@b.io'],
  ])('%j → %s', (value, email) => {
    expect(normaliseEmail(value)).toEqual({ ok: true, email });
  });
});

describe('normaliseEmail rejects', () => {
  it.each([
    ['', 'Email is required'],
    ['   ', 'Email is required'],
    ['anna example.ru', 'Email cannot contain spaces'],
    ['anna.example.ru', 'Email must contain exactly one @'],
    ['anna@@example.ru', 'Email must contain exactly one @'],
    ['a@b@example.ru', 'Email must contain exactly one @'],
    ['@example.ru', 'Email has nothing before the @'],
    ['anna@', 'Email has no domain after the @'],
    ['anna@localhost', 'Email domain must contain a dot, e.g. example.ru'],
    ['.anna@example.ru', 'The part of the email before the @ contains characters or dots that are not allowed'],
    ['anna.@example.ru', 'The part of the email before the @ contains characters or dots that are not allowed'],
    ['an..na@example.ru', 'The part of the email before the @ contains characters or dots that are not allowed'],
    ['анна@example.ru', 'The part of the email before the @ contains characters or dots that are not allowed'],
    ['anna,s@example.ru', 'The part of the email before the @ contains characters or dots that are not allowed'],
    [`${'a'.repeat(65)}@example.ru`, 'The part of the email before the @ is longer than 64 characters'],
    [`anna@${'a'.repeat(250)}.ru`, 'Email is longer than 254 characters'],
    ['anna@example..ru', 'Email domain is not valid'],
    ['anna@-example.ru', 'Email domain is not valid'],
    ['anna@example-.ru', 'Email domain is not valid'],
    ['anna@exa_mple.ru', 'Email domain is not valid'],
    ['anna@example.ru.', 'Email domain is not valid'],
    ['anna@example.r', 'Email domain must end with a valid zone such as .ru or .com'],
    ['anna@example.123', 'Email domain must end with a valid zone such as .ru or .com'],
  ])('%j', (value, message) => {
    expect(normaliseEmail(value)).toEqual({ ok: false, message });
  });
});
